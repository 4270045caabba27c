#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and package uni-load.
# Idempotent: when every package is already installed it returns in well under a second
# without touching apt or npm. Set WITH_DEV_TOOLS=1 for clang-format/clang-tidy/imagemagick.
# The web console's browser test (tests/web/browser) needs Chromium, Node.js and its npm packages;
# they are installed unless WITH_BROWSER=0 (the test then skips itself).
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # Qt6LinguistTools (lupdate/lrelease)
  qt6-svg-dev libqt6svg6
  qt6-charts-dev libqt6opengl6-dev   # Qt Charts needs the OpenGL CMake config as well
  qt6-qpa-plugins                # offscreen platform plugin for UI tests and screenshots
  libyaml-cpp-dev
  libqt6sql6-sqlite             # only a Recommends of libqt6sql6
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
  dpkg-dev file openssl curl    # CPack DEB needs dpkg-shlibdeps and `file`
  systemd appstream desktop-file-utils   # package checks: systemd-analyze, appstreamcli, desktop-file-validate
)
if [ "${WITH_DEV_TOOLS:-0}" = 1 ]; then PKGS+=(clang-format clang-tidy imagemagick x11-apps); fi
if [ "${WITH_BROWSER:-1}" = 1 ]; then
  PKGS+=(chromium)
  # A Node.js that is already there (e.g. from NodeSource, which bundles npm) is kept: Debian's
  # npm package would conflict with it.
  if ! command -v node >/dev/null 2>&1; then PKGS+=(nodejs); fi
  if ! command -v npm >/dev/null 2>&1; then PKGS+=(npm); fi
fi

# npm packages of the browser test, pinned by its package-lock.json; skipped when the installed
# playwright-core already has the locked version.
browser_npm() {
  [ "${WITH_BROWSER:-1}" = 1 ] || return 0
  local dir=tests/web/browser
  local want have
  want=$(node -p "require('./$dir/package-lock.json').packages['node_modules/playwright-core'].version")
  have=$(node -p "require('./$dir/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
  if [ -n "$want" ] && [ "$want" = "$have" ]; then return 0; fi
  echo "bootstrap: npm ci in $dir (playwright-core $want, no browser download)"
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
}

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all ${#PKGS[@]} build dependencies already installed"
  browser_npm
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "bootstrap: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
browser_npm
