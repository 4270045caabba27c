# Windows recipe (UNTESTED: nothing here builds or runs on Windows; see packaging/README.md).
# Included from packaging/CMakeLists.txt when WIN32. Produces an NSIS installer and a ZIP with
# `cpack -G "NSIS;ZIP"`; `cpack -G WIX` makes an MSI with the settings further down.
#
# Before this can work, the sources need a Windows port of app/signalhandler.cpp (POSIX
# sigaction/socketpair today) and the GUI entry point (WIN32_EXECUTABLE) decided in app/.

# Application icon and version resource of uni-load.exe.
configure_file("${CMAKE_CURRENT_LIST_DIR}/uni-load.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/uni-load.rc" @ONLY)
target_sources(uni-load PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/uni-load.rc")

# windeployqt copies the Qt DLLs and the plugins the executable loads at run time (platforms,
# styles, iconengines, imageformats, sqldrivers with qsqlite, tls) next to uni-load.exe in the
# installation tree that CPack packs.
find_program(UNILOAD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${UNILOAD_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/uni-load.exe\"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${rc}\")
    endif()")
# The MSVC runtime (vcruntime, msvcp) beside the executable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "uni-load-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_EXECUTABLES "uni-load;uni-load")
set(CPACK_CREATE_DESKTOP_LINKS "uni-load")

set(CPACK_NSIS_PACKAGE_NAME "uni-load")
set(CPACK_NSIS_DISPLAY_NAME "uni-load ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/uni-load.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/uni-load.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\uni-load.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")

# MSI: the upgrade code must never change, or Windows installs versions side by side.
set(CPACK_WIX_UPGRADE_GUID "57CF84F9-9808-44F6-9500-3E5A262849AA")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/uni-load.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "uni-load")
