# The library area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    library/import_panel.cpp library/import_panel.h
    library/library_format.cpp library/library_format.h
    library/library_page.cpp library/library_page.h
    library/video_details_panel.cpp library/video_details_panel.h
    library/video_grid.cpp library/video_grid.h
    library/video_list_model.cpp library/video_list_model.h
    library/video_preview.cpp library/video_preview.h
)
