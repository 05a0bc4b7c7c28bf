# The queue area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    queue/queue_page.cpp queue/queue_page.h
    queue/queue_model.cpp queue/queue_model.h
    queue/queue_progress_delegate.cpp queue/queue_progress_delegate.h
    queue/job_presentation.cpp queue/job_presentation.h
    queue/platform_post_url.cpp queue/platform_post_url.h
)
