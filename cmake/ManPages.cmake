# Man pages relink(1) and relink-cli(1), generated at build time by help2man from the binaries'
# own --help and --version plus a hand-written include (resources/man/*.h2m: exit status, environment,
# files, examples, security), so they cannot drift from the code. Installed gzip-compressed.
if(NOT UNIX OR APPLE)
    return()
endif()
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(NOT HELP2MAN OR NOT GZIP)
    message(WARNING "help2man or gzip not found: no man pages (scripts/setup.sh installs them)")
    return()
endif()

set(relink_man_pages)
foreach(page relink relink-cli)
    if(page STREQUAL "relink")
        set(name "update a Belvo link's credentials, through the bank's MFA challenge")
    else()
        set(name "update a Belvo link's credentials from the command line")
    endif()
    set(out ${CMAKE_BINARY_DIR}/man/${page}.1)
    add_custom_command(
        OUTPUT ${out}.gz
        # English whatever the build machine's locale; no display for the desktop app; in a
        # sanitizer build, no leak report turning --help into a failure.
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
                QT_QPA_PLATFORM=offscreen RELINK_MODULE_DIR=${CMAKE_BINARY_DIR}/modules
                ASAN_OPTIONS=detect_leaks=0
                ${HELP2MAN} --no-info --section=1 "--name=${name}"
                --include=${PROJECT_SOURCE_DIR}/resources/man/${page}.h2m --output=${out}
                $<TARGET_FILE:${page}>
        COMMAND ${GZIP} -9 -n -f ${out}
        DEPENDS ${page} ${PROJECT_SOURCE_DIR}/resources/man/${page}.h2m
        COMMENT "help2man ${page}.1"
        VERBATIM)
    list(APPEND relink_man_pages ${out}.gz)
endforeach()
add_custom_target(man-pages ALL DEPENDS ${relink_man_pages})
install(FILES ${relink_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
