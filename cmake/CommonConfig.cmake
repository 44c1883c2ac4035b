# Compile settings shared by every target of the project (linked as an INTERFACE library).
add_library(passerelle_settings INTERFACE)
target_compile_features(passerelle_settings INTERFACE cxx_std_20)
target_compile_definitions(passerelle_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PASSERELLE_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(passerelle_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -Wno-missing-field-initializers)
endif()
if(MSVC)
    # The sources are UTF-8 (French strings); standard C++ and its __cplusplus value.
    target_compile_options(passerelle_settings INTERFACE /utf-8 /permissive- /Zc:__cplusplus /W3)
    # <windows.h> (core/Platform.cpp) without its min/max macros.
    target_compile_definitions(passerelle_settings INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
endif()
