#!/usr/bin/env bash
# macOS recipe (UNTESTED): builds uni-load.app with Qt 6 from Homebrew or the Qt installer and
# packs it into a .dmg with macdeployqt. Run from anywhere on a Mac:
#   ./packaging/macos/build-dmg.sh            → build/macos/uni-load.dmg
# Needs: Xcode command line tools, cmake, ninja, Qt 6.4+ (Widgets, Svg, Charts,
# LinguistTools), yaml-cpp. Set Qt6_DIR or CMAKE_PREFIX_PATH if CMake cannot find Qt.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build/macos
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DUNILOAD_BUILD_TESTS=OFF \
    -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
cmake --build "$build"
app="$build/app/uni-load.app"
# macdeployqt copies the frameworks and the plugins uni-load loads at run time (cocoa platform,
# styles, iconengines/imageformats for SVG, sqldrivers/libqsqlite, tls) into the bundle.
macdeployqt "$app" -always-overwrite -dmg
mv "$build/app/uni-load.dmg" "$build/uni-load.dmg"
echo "built $build/uni-load.dmg (unsigned; sign and notarise before distributing)"
