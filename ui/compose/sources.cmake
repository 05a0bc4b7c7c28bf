# The compose area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    compose/compose_page.cpp compose/compose_page.h
)
