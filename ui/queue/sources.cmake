# The queue area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    queue/queue_page.cpp queue/queue_page.h
)
