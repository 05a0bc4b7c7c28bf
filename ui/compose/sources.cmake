# The compose area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    compose/compose_page.cpp compose/compose_page.h
    compose/schedule_picker.cpp compose/schedule_picker.h
    compose/tiktok_posting_panel.cpp compose/tiktok_posting_panel.h
    compose/variant_editor.cpp compose/variant_editor.h
    compose/video_picker.cpp compose/video_picker.h
)
