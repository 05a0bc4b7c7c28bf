# The inbox area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    inbox/inbox_page.cpp inbox/inbox_page.h
)
