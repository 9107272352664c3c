# Installers. Linux: a .deb (cpack -G DEB) and an .rpm (cpack -G RPM), built and checked by CI
# (scripts/package.sh: lintian, rpmlint).
# Windows (WiX, or NSIS) and macOS (DragNDrop) are configured below and documented in the README;
# they cannot be built on this Debian machine.

set(CPACK_PACKAGE_NAME "relink")
set(CPACK_PACKAGE_VENDOR "The Relink team")
set(CPACK_PACKAGE_CONTACT "Relink team <relink@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Update Belvo bank link credentials, through MFA")
# Lines of at most 80 characters: the .deb's extended description keeps them as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "Relink lets support staff update the credentials of a Belvo bank link and walk\n"
    "through the bank's multi-factor challenge. It ships the relink desktop app and\n"
    "the relink-cli tool.")
# The license the project states (the AppStream metainfo's project_license; resources/debian/copyright).
set(relink_license "LicenseRef-proprietary")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Relink")
set(CPACK_PACKAGE_EXECUTABLES "relink;Relink")
set(CPACK_STRIP_FILES ON)

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain loads libsecret at run time; the Secret Service is what stores the keys.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager")

# RPM (Fedora, openSUSE): requirements come from the shared libraries (rpm's automatic
# dependency generator); libsecret is loaded at run time, so it is named by its soname.
# relink-<version>-<release>.x86_64.rpm: rpm's own name for it (rpmlint: non-coherent-filename).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
set(CPACK_RPM_PACKAGE_LICENSE "${relink_license}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit)")
# Directories the distribution's own packages own (filesystem, hicolor-icon-theme, man).
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/man /usr/share/man/man1 /usr/share/lintian /usr/share/lintian/overrides)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
# The RPM's %changelog, made from the release notes (resources/debian/changelog) at configure time.
file(STRINGS "${PROJECT_SOURCE_DIR}/resources/debian/changelog" relink_changelog_lines)
set(relink_rpm_changelog "")
set(relink_entry "")
foreach(line IN LISTS relink_changelog_lines)
    if(line MATCHES "^relink \\(([^)]+)\\)")
        set(relink_entry_version "${CMAKE_MATCH_1}")
        set(relink_entry "")
    elseif(line MATCHES "^  \\* (.*)")
        string(APPEND relink_entry "- ${CMAKE_MATCH_1}\n")
    elseif(line MATCHES "^ -- (.+)  ([A-Z][a-z][a-z]), ([0-9]+) ([A-Z][a-z][a-z]) ([0-9]+) ")
        string(APPEND relink_rpm_changelog
               "* ${CMAKE_MATCH_2} ${CMAKE_MATCH_4} ${CMAKE_MATCH_3} ${CMAKE_MATCH_5} "
               "${CMAKE_MATCH_1} - ${relink_entry_version}-${CPACK_RPM_PACKAGE_RELEASE}\n${relink_entry}\n")
    endif()
endforeach()
file(WRITE "${CMAKE_BINARY_DIR}/rpm-changelog" "${relink_rpm_changelog}")
set(CPACK_RPM_CHANGELOG_FILE "${CMAKE_BINARY_DIR}/rpm-changelog")

# Windows: WiX MSI (or NSIS), with the Qt runtime gathered by windeployqt at install time.
if(WIN32)
    set(CPACK_GENERATOR "WIX;NSIS")
    set(CPACK_WIX_UPGRADE_GUID "6B1C0C2E-4E7A-4C55-9E2B-3F0D6A1B7C11")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/relink.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/relink.ico")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Relink.lnk' '$INSTDIR\\\\bin\\\\relink.exe'")
    # relink:// links open Relink (relink://link/LINK_ID?environment=…&ticket=…): the URL
    # scheme for the installing user, HKCU\Software\Classes\relink ("URL Protocol", and
    # shell\open\command "<bin>\relink.exe" "%1"); removed on uninstall. WiX: a component in
    # resources/windows/wix-patch.xml; NSIS: the same keys below.
    set(CPACK_WIX_PATCH_FILE "${PROJECT_SOURCE_DIR}/resources/windows/wix-patch.xml")
    # (A backslash is written \\\\ and a double quote \\\" here: CPack writes these values
    # into CPackConfig.cmake as they are, which CMake then reads again.)
    set(relink_scheme_key "Software\\\\Classes\\\\relink")
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "WriteRegStr HKCU '${relink_scheme_key}' '' 'URL:Relink link'
         WriteRegStr HKCU '${relink_scheme_key}' 'URL Protocol' ''
         WriteRegStr HKCU '${relink_scheme_key}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\relink.exe,0'
         WriteRegStr HKCU '${relink_scheme_key}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\relink.exe\\\" \\\"%1\\\"'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey HKCU '${relink_scheme_key}'")
    find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --compiler-runtime
                  \"\${CMAKE_INSTALL_PREFIX}/bin/relink.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/relink-cli.exe\")")
elseif(APPLE)
    # macOS: a drag-and-drop .dmg of Relink.app, made self-contained by macdeployqt.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Relink")
    find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/relink.app\")")
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()

# Desktop integration (freedesktop.org), and what Debian policy asks of every package: the
# copyright file (DEP-5) and the release notes, gzip-compressed as changelog.gz.
if(UNIX AND NOT APPLE)
    set(relink_docdir ${CMAKE_INSTALL_DATADIR}/doc/relink)
    add_custom_command(
        OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
        COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${CMAKE_BINARY_DIR}/changelog.gz
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog
        COMMENT "gzip changelog")
    add_custom_target(changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
    install(FILES ${CMAKE_BINARY_DIR}/changelog.gz resources/debian/copyright DESTINATION ${relink_docdir})
    install(FILES resources/debian/relink.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME relink)
    install(FILES resources/relink.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/io.github.relink.Relink.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES resources/icons/relink.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES resources/icons/relink-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME relink.png)
    endforeach()
endif()

include(CPack)
