#!/usr/bin/env bash
# CI check: the committed .ts files are what lupdate produces from the sources, and the
# Simplified Chinese catalogue is complete (style-guide.md §14).
#
#   packaging/check-translations.sh [build-dir]
#
# Configures a build directory (default build/translations-check; the GUI must be on so that
# the console's sources are scanned too), runs the lupdate target and fails when
#   * lupdate changed translations/*.ts (strings were added or changed without updating them), or
#   * uniload_zh_CN.ts has unfinished, vanished or obsolete entries.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR="${1:-build/translations-check}"
LCONVERT=/usr/lib/qt6/bin/lconvert
TS_FILES=(translations/uniload_en.ts translations/uniload_zh_CN.ts)

cmake -S . -B "$BUILD_DIR" -G Ninja -DUNILOAD_GUI=ON >/dev/null
cmake --build "$BUILD_DIR" --target uniload_translations_lupdate

status=0
if ! git diff --quiet --exit-code -- "${TS_FILES[@]}"; then
    echo "error: the .ts files are out of date; commit what lupdate wrote:" >&2
    git --no-pager diff --stat -- "${TS_FILES[@]}" >&2
    status=1
fi
for ts in "${TS_FILES[@]}"; do
    if git ls-files --error-unmatch "$ts" >/dev/null 2>&1; then :; else
        echo "error: $ts is not committed" >&2
        status=1
    fi
done

zh=translations/uniload_zh_CN.ts
# lconvert rewrites the file in its canonical form; a parse error fails here.
"$LCONVERT" -i "$zh" -o /dev/null
unfinished=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$zh" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "error: $zh has $unfinished unfinished or stale entries:" >&2
    grep -B2 -E 'type="(unfinished|vanished|obsolete)"' "$zh" | grep '<source>' | sed 's/^ */  /' >&2
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "translations: up to date; zh_CN complete ($(grep -c '<source>' "$zh") strings)"
fi
exit "$status"
