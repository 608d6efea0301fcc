# Compiler settings shared by every Paydesk target.

find_program(PAYDESK_CCACHE ccache)
if(PAYDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PAYDESK_CCACHE}")
endif()

add_library(paydesk_warnings INTERFACE)
if(MSVC)
    target_compile_options(paydesk_warnings INTERFACE /W4 /permissive- /utf-8)
    if(PAYDESK_WARNINGS_AS_ERRORS)
        target_compile_options(paydesk_warnings INTERFACE /WX)
    endif()
else()
    # The extra warnings of the Qt codebases Paydesk measures itself against: a local that hides a
    # member or an outer name, a C cast that could be any of four casts, a polymorphic class
    # deleted through a base without a virtual destructor, an override that hides an overload, and
    # format strings that are not literals. Qt's headers are -isystem, so only our code answers.
    target_compile_options(paydesk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
        -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2)
    if(PAYDESK_WARNINGS_AS_ERRORS)
        target_compile_options(paydesk_warnings INTERFACE -Werror)
    endif()
endif()

# Product code keeps Qt honest: no implicit conversions between QString and char*/QByteArray (every
# string says whether it is Latin-1, UTF-8 or bytes), no deprecated API (anything deprecated
# before 6.4 could be gone in the newer Qt used on Windows and macOS). Tests may use literals.
add_library(paydesk_strict_qt INTERFACE)
target_link_libraries(paydesk_strict_qt INTERFACE paydesk_warnings)
target_compile_definitions(paydesk_strict_qt INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sanitizers (the asan preset): PAYDESK_SANITIZE=address,undefined
set(PAYDESK_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for every target")
if(PAYDESK_SANITIZE)
    add_compile_options(-fsanitize=${PAYDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${PAYDESK_SANITIZE})
endif()

# Hardening, as Debian builds its own packages (lintian checks the .deb for it): stack
# protector, read-only relocations bound at start, and fortified libc calls where optimising
# (_FORTIFY_SOURCE needs optimisation, so Debug builds leave it out).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT PAYDESK_SANITIZE)
    add_compile_options(-fstack-protector-strong "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
