# The settings area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    settings/settings_page.cpp settings/settings_page.h
)
