#!/usr/bin/env bash
# AppImage recipe (UNTESTED here: linuxdeploy is a downloaded binary that this project's
# machines cannot fetch). Builds the GUI release into an AppDir and bundles Qt with
# linuxdeploy and its Qt plugin:
#   LINUXDEPLOY=/path/linuxdeploy-x86_64.AppImage ./packaging/linux/appimage/build-appimage.sh
# (linuxdeploy-plugin-qt-x86_64.AppImage must sit beside it or on PATH.) Output:
# build/appimage/uni-load-<version>-x86_64.AppImage. Build on the oldest distribution you
# want to support; the result runs on systems with the same or a newer glibc.
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=build/appimage
appdir="$build/AppDir"
linuxdeploy=${LINUXDEPLOY:-linuxdeploy}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DUNILOAD_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$PWD/$appdir" cmake --install "$build"
# Server files make no sense inside an AppImage.
rm -rf "$appdir/etc" "$appdir/usr/lib/systemd" "$appdir/usr/lib/sysusers.d" "$appdir/usr/lib/tmpfiles.d"

# linuxdeploy-plugin-qt finds qmake through QMAKE; Debian's Qt 6 qmake is qmake6.
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
# The SVG icon engine is dlopen()ed and not implied by the linked modules (older plugin
# versions read EXTRA_QT_PLUGINS, newer ones EXTRA_QT_MODULES). Only the xcb platform plugin is
# bundled: Wayland sessions run the AppImage through XWayland.
export EXTRA_QT_PLUGINS="svg" EXTRA_QT_MODULES="svg"
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
export LINUXDEPLOY_OUTPUT_VERSION="$version"
(cd "$build" && "$linuxdeploy" --appdir AppDir --plugin qt --output appimage \
    --desktop-file AppDir/usr/share/applications/io.github.uni_load.UniLoad.desktop \
    --icon-file AppDir/usr/share/icons/hicolor/256x256/apps/uni-load.png)
echo "built $(ls "$build"/uni-load-*.AppImage)"
