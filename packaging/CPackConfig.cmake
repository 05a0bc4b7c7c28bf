# Packages: DEB on Linux, NSIS on Windows, DragNDrop on macOS.
set(CPACK_PACKAGE_NAME "travelflow")
set(CPACK_PACKAGE_VENDOR "TravelFlow")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "TravelFlow team")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TravelFlow")
set(CPACK_STRIP_FILES ON)

# Debian: shlibdeps finds the linked libraries; the ones loaded at run time (SQLite
# driver, Secret Service client, GStreamer plugins, SVG icons, platform plugins) are
# listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libsecret-1-0, libqt6svg6, qt6-qpa-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

set(CPACK_NSIS_DISPLAY_NAME "TravelFlow")
set(CPACK_NSIS_PACKAGE_NAME "TravelFlow")
set(CPACK_DMG_VOLUME_NAME "TravelFlow")

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/app.travelflow.TravelFlow.desktop
            DESTINATION share/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/app.travelflow.TravelFlow.metainfo.xml
            DESTINATION share/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/travelflow.svg
            DESTINATION share/icons/hicolor/scalable/apps RENAME app.travelflow.TravelFlow.svg)
endif()

include(CPack)
