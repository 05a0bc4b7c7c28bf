# Compile options shared by every TravelFlow target: strict Qt defines, warnings,
# and the optional sanitizer build. Applied per target through travelflow_setup_target().

add_library(travelflow_options INTERFACE)
target_compile_definitions(travelflow_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TRAVELFLOW_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(travelflow_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(TRAVELFLOW_WERROR)
        target_compile_options(travelflow_options INTERFACE -Werror)
    endif()
    if(TRAVELFLOW_SANITIZE)
        target_compile_options(travelflow_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(travelflow_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(travelflow_options INTERFACE /W4 /permissive- /utf-8)
    if(TRAVELFLOW_WERROR)
        target_compile_options(travelflow_options INTERFACE /WX)
    endif()
endif()
