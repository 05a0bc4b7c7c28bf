# The library area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    library/library_page.cpp library/library_page.h
)
