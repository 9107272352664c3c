# Installers. Linux: a .deb (cpack -G DEB), built and installed by CI.
# Windows (WiX, or NSIS) and macOS (DragNDrop) are configured below and documented in the README;
# they cannot be built on this Debian machine.

set(CPACK_PACKAGE_NAME "relink")
set(CPACK_PACKAGE_VENDOR "The Relink team")
set(CPACK_PACKAGE_CONTACT "Relink team <relink@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Update Belvo bank link credentials, through MFA")
set(CPACK_PACKAGE_DESCRIPTION
    "Relink lets support staff update the credentials of a Belvo bank link and walk through the "
    "bank's multi-factor challenge. It ships the relink desktop app and the relink-cli tool.")
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

# Windows: WiX MSI (or NSIS), with the Qt runtime gathered by windeployqt at install time.
if(WIN32)
    set(CPACK_GENERATOR "WIX;NSIS")
    set(CPACK_WIX_UPGRADE_GUID "6B1C0C2E-4E7A-4C55-9E2B-3F0D6A1B7C11")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/relink.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/relink.ico")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Relink.lnk' '$INSTDIR\\\\bin\\\\relink.exe'")
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
    set(CPACK_GENERATOR "DEB")
endif()

# Desktop integration (freedesktop.org).
if(UNIX AND NOT APPLE)
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
