# The accounts area's files (included by ui/CMakeLists.txt).
target_sources(travelflow_ui PRIVATE
    accounts/account_card.cpp accounts/account_card.h
    accounts/accounts_page.cpp accounts/accounts_page.h
    accounts/connect_panel.cpp accounts/connect_panel.h
    accounts/disconnect_confirmation.cpp accounts/disconnect_confirmation.h
)
