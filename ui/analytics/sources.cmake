# The analytics area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    analytics/analytics_page.cpp analytics/analytics_page.h
    analytics/published_posts_model.cpp analytics/published_posts_model.h
    analytics/engagement_chart.cpp analytics/engagement_chart.h
)
