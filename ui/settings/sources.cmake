# The settings area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    settings/credential_labels.cpp settings/credential_labels.h
    settings/platform_credentials_box.cpp settings/platform_credentials_box.h
    settings/settings_page.cpp settings/settings_page.h
)
