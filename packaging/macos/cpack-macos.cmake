# macOS recipe (UNTESTED: nothing here builds or runs on macOS; see packaging/README.md).
# Included from packaging/CMakeLists.txt when APPLE: turns uni-load into uni-load.app with
# Info.plist and icon. build-dmg.sh then runs macdeployqt on the built bundle.
#
# app/CMakeLists.txt installs the executable with RUNTIME DESTINATION only; a bundle also needs
# `BUNDLE DESTINATION .` there before `cmake --install` / CPack DragNDrop can work.

set(icns "${CMAKE_CURRENT_LIST_DIR}/uni-load.icns")
set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(uni-load PRIVATE "${icns}")
set_target_properties(uni-load PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.uni-load.UniLoad"
    MACOSX_BUNDLE_BUNDLE_NAME "uni-load"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "uni-load.icns"
    MACOSX_BUNDLE_COPYRIGHT "The uni-load developers")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "uni-load-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "uni-load")
