# The inbox area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    inbox/inbox_filter_bar.cpp inbox/inbox_filter_bar.h
    inbox/inbox_item_delegate.cpp inbox/inbox_item_delegate.h
    inbox/inbox_list_model.cpp inbox/inbox_list_model.h
    inbox/inbox_page.cpp inbox/inbox_page.h
    inbox/inbox_thread_view.cpp inbox/inbox_thread_view.h
)
