# The accounts area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    accounts/accounts_page.cpp accounts/accounts_page.h
)
