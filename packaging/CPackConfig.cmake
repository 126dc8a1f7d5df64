# Installation layout and CPack: a .deb on Linux (built and tested here: scripts/package-test.sh), an NSIS
# installer with windeployqt on Windows and a DMG with macdeployqt on macOS (configured, not built here).
# The AppImage recipe is packaging/appimage/build-appimage.sh. Steps and status: docs/packaging.md.
include(GNUInstallDirs)
set(EVENTDESK_APP_ID "io.eventdesk.EventDesk")

# The translations are compiled into the program (:/i18n, see translations/CMakeLists.txt); they are
# installed nowhere else. Qt's own (qtbase_zh_CN.qm) come from Debian's qt6-translations-l10n.
if(UNIX AND NOT APPLE)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/${EVENTDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/${EVENTDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/eventdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${EVENTDESK_APP_ID}.svg)
  foreach(size 16 24 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/icons/${size}x${size}/${EVENTDESK_APP_ID}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()

# Windows: windeployqt copies Qt's DLLs, the platform, SQL-driver and style plugins and Qt's translations next
# to the installed eventdesk.exe, so the NSIS installer carries them.
if(WIN32 AND EVENTDESK_BUILD_GUI)
  find_program(EVENTDESK_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  if(EVENTDESK_WINDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${EVENTDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
      \"\${CMAKE_INSTALL_PREFIX}/bin/eventdesk.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/eventdesk-cli.exe\"
      COMMAND_ERROR_IS_FATAL ANY)")
  else()
    message(WARNING "windeployqt not found: the installer will lack Qt's DLLs")
  endif()
endif()
# macOS: macdeployqt puts the frameworks and plugins into EventDesk.app before the DMG is made.
if(APPLE AND EVENTDESK_BUILD_GUI)
  find_program(EVENTDESK_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  if(EVENTDESK_MACDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${EVENTDESK_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/eventdesk.app\"
      -executable=\"\${CMAKE_INSTALL_PREFIX}/eventdesk.app/Contents/MacOS/eventdesk-cli\"
      -executable=\"\${CMAKE_INSTALL_PREFIX}/eventdesk.app/Contents/MacOS/libeventdesk_pdf.so\" COMMAND_ERROR_IS_FATAL ANY)")
  else()
    message(WARNING "macdeployqt not found: the DMG will lack Qt's frameworks")
  endif()
endif()

set(CPACK_PACKAGE_NAME "eventdesk")
set(CPACK_PACKAGE_VENDOR "EventDesk")
set(CPACK_PACKAGE_CONTACT "EventDesk developers <dev@eventdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "EventDesk")
set(CPACK_PACKAGE_EXECUTABLES "eventdesk;EventDesk")
set(CPACK_STRIP_FILES ON)
if(WIN32)
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_NSIS_DISPLAY_NAME "EventDesk")
  set(CPACK_NSIS_PACKAGE_NAME "EventDesk ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/eventdesk.ico")
  set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/packaging/windows/eventdesk.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\eventdesk.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "EventDesk ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT "UDBZ")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # eventdesk_0.1.0_amd64.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 EventDesk keeps an event's rooms, tracks, sessions, speakers and participants in one
 SQLite file, lays out the schedule on a grid, imports and exports frab XML, iCalendar
 and CSV, and checks participants in. It includes the eventdesk-cli command line tool.")
  # dpkg-shlibdeps computes the libraries' packages (Qt, SQLite, libstdc++); the Qt plugins and CBC's
  # libCbcSolver (core/CMakeLists.txt) are loaded at run time, not linked, so they are named here.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, coinor-libcbc3")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, fonts-noto-cjk")
endif()
include(CPack)
