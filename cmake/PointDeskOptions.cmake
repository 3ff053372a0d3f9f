# Shared compile options for every PointDesk target: warnings, Qt strictness, sanitizers.
add_library(pointdesk_options INTERFACE)
add_library(PointDesk::options ALIAS pointdesk_options)

if(MSVC)
    # The Windows installer's build: cl (and clang-cl) know neither -Wextra nor -pedantic; /W4 is their counterpart.
    # Qt6::Platform already adds /utf-8, /permissive- and /Zc:__cplusplus.
    target_compile_options(pointdesk_options INTERFACE /W4)
    if(POINTDESK_WERROR)
        target_compile_options(pointdesk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(pointdesk_options INTERFACE -Wall -Wextra -pedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's qCDebug(category) expands to a variadic macro with no variadic argument, which clang flags under C++17.
        target_compile_options(pointdesk_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(POINTDESK_WERROR)
        target_compile_options(pointdesk_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(pointdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_URL_CAST_FROM_STRING
    POINTDESK_VERSION="${PROJECT_VERSION}")

if(POINTDESK_SANITIZE)
    target_compile_options(pointdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pointdesk_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (clang only): coverage instrumentation and ASan + UBSan on everything the harnesses link.
if(POINTDESK_FUZZ)
    target_compile_options(pointdesk_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g)
    target_link_options(pointdesk_options INTERFACE -fsanitize=address,undefined)
endif()
