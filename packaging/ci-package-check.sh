#!/usr/bin/env bash
# Builds the Debian packages from the CI build trees and checks them as an operator would use
# them: contents and Depends, the desktop and AppStream files, installation with apt (which
# resolves Depends), the installed binary (--version; a short --headless run answering
# /api/health and stopping with exit code 0 on SIGTERM, once with a temporary config directory
# and once exactly as the systemd unit starts it, as the service user), what the maintainer
# scripts create, `systemd-analyze verify` on the unit, reinstallation keeping the
# configuration, and purge. Prints the package sizes.
#
# Runs as root on Debian 12 (CI runs it after the default and nogui workflows of .ci/run).
# Idempotent: leftovers of an earlier run (packages, /etc/uni-load, /var/lib/uni-load) are
# removed first. Because that would destroy a real deployment, it does so only in CI (CI=true)
# or with UNILOAD_PACKAGE_CHECK_FORCE=1, and otherwise stops when it finds any of them.
#
#   ./packaging/ci-package-check.sh                  packages from build/default and build/nogui
#   GUI_BUILD=build/a NOGUI_BUILD=build/b ./packaging/ci-package-check.sh
#   SKIP_GUI=1 / SKIP_NOGUI=1                        check only one of them
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
GUI_BUILD=${GUI_BUILD:-build/default}
NOGUI_BUILD=${NOGUI_BUILD:-build/nogui}
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS

WORK=$(mktemp -d /tmp/uni-load-package-check.XXXXXX)
PIDS=()
SIZES=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

step() { echo "-- $*"; }
fail() { echo "ci-package-check: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes packages)"
for tool in cpack dpkg-deb apt-get curl setpriv; do
    command -v "$tool" >/dev/null || fail "missing tool: $tool (run ./packaging/bootstrap.sh)"
done

# --- helpers ------------------------------------------------------------------------------

# make_packages <build dir> <package preset>: runs cpack (the package preset when the build
# dir is the preset's) and leaves exactly one .deb and one .tar.gz there.
make_packages() {
    local dir=$1 preset=$2 log="$WORK/cpack-$2.log"
    [ -f "$dir/CPackConfig.cmake" ] || fail "$dir is not a configured build directory"
    rm -f "$dir"/*.deb "$dir"/*.tar.gz
    if [ "$(realpath "$dir")" = "$(realpath -m "build/$preset")" ]; then
        cpack --preset "$preset" >"$log" 2>&1 || { cat "$log"; fail "cpack --preset $preset"; }
    else
        (cd "$dir" && cpack) >"$log" 2>&1 || { cat "$log"; fail "cpack in $dir"; }
    fi
}

may_clean_system() { [ "${CI:-}" = true ] || [ "${UNILOAD_PACKAGE_CHECK_FORCE:-0}" = 1 ]; }

# clean_system: removes both packages and the directories an earlier run left behind, so every
# run starts from the state of a machine that never had uni-load.
clean_system() {
    local p status leftovers=()
    for p in uni-load uni-load-headless; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        case "$status" in "" | *not-installed) ;; *) leftovers+=("package $p ($status)") ;; esac
    done
    for p in /etc/uni-load /var/lib/uni-load; do [ ! -e "$p" ] || leftovers+=("$p"); done
    [ ${#leftovers[@]} -eq 0 ] && return 0
    may_clean_system || fail "this machine has uni-load files (${leftovers[*]}); remove them," \
        "or run in CI or with UNILOAD_PACKAGE_CHECK_FORCE=1 to let this script delete them"
    for p in uni-load uni-load-headless; do
        if dpkg-query -W "$p" >/dev/null 2>&1; then apt-get purge -y -qq "$p" >/dev/null; fi
    done
    rm -rf /etc/uni-load /var/lib/uni-load
}

apt_install() {
    if ! apt-get install -y -qq --no-install-recommends "$@" >"$WORK/apt.log" 2>&1; then
        apt-get update -qq >/dev/null 2>&1 || true   # Depends not installed and lists missing
        apt-get install -y -qq --no-install-recommends "$@" >"$WORK/apt.log" 2>&1 \
            || { cat "$WORK/apt.log"; fail "apt-get install $*"; }
    fi
}

# require_paths <contents file> <path>...: every path must be in the package.
require_paths() {
    local list=$1; shift
    for p in "$@"; do grep -qxF "$p" "$list" || fail "package lacks $p"; done
}

# forbid_paths <contents file> <regex>
forbid_paths() {
    if grep -E "$2" "$1"; then fail "package must not contain files matching $2"; fi
}

mode_owner() { stat -c '%a %U:%G' "$1"; }

# run_headless <label> <user|""> <workdir> <command...>: starts uni-load (as <user> when given),
# waits for "listening on HOST:PORT", checks the API, sends SIGTERM and expects exit code 0.
# The token for the authenticated request is read from $TOKEN_FILE.
run_headless() {
    local label=$1 user=$2 workdir=$3; shift 3
    local out="$WORK/$label.out" err="$WORK/$label.err" pid port rc=0
    local -a prefix=()
    local home=$WORK
    if [ -n "$user" ]; then
        prefix=(setpriv --reuid="$user" --regid="$user" --init-groups --)
        home=$(getent passwd "$user" | cut -d: -f6)
    fi
    : >"$out"
    : >"$err"
    (cd "$workdir" && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        HOME="$home" QT_ENABLE_REGEXP_JIT=0 "${prefix[@]}" "$@") >"$out" 2>"$err" &
    pid=$!
    PIDS+=("$pid")
    for _ in $(seq 1 300); do
        grep -q '^listening on ' "$out" && break
        kill -0 "$pid" 2>/dev/null || { cat "$err"; fail "$label: uni-load exited before listening"; }
        sleep 0.1
    done
    port=$(sed -n 's/^listening on .*:\([0-9][0-9]*\)$/\1/p' "$out")
    [ -n "$port" ] || { cat "$out" "$err"; fail "$label: no 'listening on' line within 30 s"; }

    curl -fsS --max-time 10 "http://127.0.0.1:$port/api/health" >"$WORK/health.json" \
        || { cat "$err"; fail "$label: GET /api/health"; }
    grep -q '"status":"ok"' "$WORK/health.json" || fail "$label: /api/health said $(cat "$WORK/health.json")"
    local anon authed token_file=$TOKEN_FILE
    # The demo keeps its files (the token too) in its own temporary directory and says where.
    if grep -q '^demo: ' "$out"; then
        for _ in $(seq 1 50); do grep -q '^demo: try ' "$out" && break; sleep 0.1; done
        token_file=$(sed -n 's/^demo: try .*$(cat \([^)]*\)).*/\1/p' "$out")
    fi
    [ -r "$token_file" ] || { cat "$out" "$err"; fail "$label: no API token file at '$token_file'"; }
    anon=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port/api/status")
    authed=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
        -H "Authorization: Bearer $(cat "$token_file")" "http://127.0.0.1:$port/api/status")
    [ "$anon" = 401 ] || fail "$label: /api/status without a token answered $anon, not 401"
    [ "$authed" = 200 ] || fail "$label: /api/status with the token answered $authed, not 200"

    kill -TERM "$pid"
    (sleep 20 && kill -KILL "$pid" 2>/dev/null) &
    local watchdog=$!
    wait "$pid" || rc=$?
    kill "$watchdog" 2>/dev/null || true
    wait "$watchdog" 2>/dev/null || true
    [ "$rc" -eq 0 ] || { cat "$err"; fail "$label: exit code $rc after SIGTERM (expected 0)"; }
    echo "   $label: listened on port $port, /api/health ok, 401 without token, 200 with, SIGTERM → exit 0"
}

# --- one package --------------------------------------------------------------------------

# check_package <gui|nogui> <build dir>
check_package() {
    local variant=$1 dir=$2 name preset
    if [ "$variant" = gui ]; then name=uni-load; preset=default; else name=uni-load-headless; preset=nogui; fi
    echo "::group::package $name (from $dir)"
    local t0=$SECONDS

    step "cpack"
    make_packages "$dir" "$preset"
    local debs=("$dir"/"${name}"_*.deb) tgzs=("$dir"/"${name}"-*.tar.gz)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one ${name}_*.deb in $dir"
    [ ${#tgzs[@]} -eq 1 ] && [ -f "${tgzs[0]}" ] || fail "expected one ${name}-*.tar.gz in $dir"
    local deb tgz
    deb=$(realpath "${debs[0]}")
    tgz=$(realpath "${tgzs[0]}")

    step "control fields"
    [ "$(dpkg-deb -f "$deb" Package)" = "$name" ] || fail "Package field is not $name"
    local version depends upstream
    version=$(dpkg-deb -f "$deb" Version)
    depends=$(dpkg-deb -f "$deb" Depends)
    upstream=${version%-*}
    echo "   Version: $version"
    echo "   Depends: $depends"
    has_dep() { grep -qE "[ ,]$1[ ,(]" <<<", $depends,"; }
    for d in libqt6sql6-sqlite ca-certificates libqt6core6 libqt6network6 libyaml-cpp0.7; do
        has_dep "$d" || fail "Depends lacks $d"
    done
    # A binary with packed relative relocations (DT_RELR) starts only on glibc 2.36+.
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/uni-load >"$WORK/uni-load.bin"
    if readelf -V "$WORK/uni-load.bin" | grep -q GLIBC_ABI_DT_RELR; then
        grep -q "libc6 (>= 2.36)" <<<"$depends" || fail "the binary uses DT_RELR but Depends lacks libc6 (>= 2.36)"
    fi
    if [ "$variant" = gui ]; then
        for d in qt6-qpa-plugins libqt6svg6; do has_dep "$d" || fail "Depends lacks $d"; done
    else
        for d in libqt6gui6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins libqt6charts6; do
            if has_dep "$d"; then fail "the headless package depends on $d"; fi
        done
    fi
    [ "$(dpkg-deb -f "$deb" Conflicts)" != "" ] || fail "no Conflicts with the other variant"

    step "contents"
    local contents="$WORK/$name.contents"
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' >"$contents"
    require_paths "$contents" /usr/bin/uni-load \
        /usr/lib/systemd/system/uni-load-headless.service \
        /usr/lib/sysusers.d/uni-load.conf /usr/lib/tmpfiles.d/uni-load.conf \
        /etc/logrotate.d/uni-load /usr/share/uni-load/uni-load.env /usr/share/man/man1/uni-load.1.gz \
        "/usr/share/doc/$name/copyright" "/usr/share/doc/$name/changelog.Debian.gz" \
        "/usr/share/doc/$name/packaging.md" "/usr/share/doc/$name/examples/nginx-uni-load.conf"
    if [ "$variant" = gui ]; then
        require_paths "$contents" /usr/share/applications/io.github.uni_load.UniLoad.desktop \
            /usr/share/metainfo/io.github.uni_load.UniLoad.metainfo.xml \
            /usr/share/uni-load/uni-load-autostart.desktop \
            /usr/share/icons/hicolor/scalable/apps/uni-load.svg
        for s in 16 22 24 32 48 64 128 256 512; do
            require_paths "$contents" "/usr/share/icons/hicolor/${s}x${s}/apps/uni-load.png"
        done
    else
        forbid_paths "$contents" '^/usr/share/(applications|icons|metainfo)/'
    fi
    local extracted="$WORK/$name.root" control="$WORK/$name.control"
    dpkg-deb -x "$deb" "$extracted"
    dpkg-deb -e "$deb" "$control"
    for script in postinst prerm postrm; do
        [ -x "$control/$script" ] || fail "control archive lacks an executable $script"
        sh -n "$control/$script" || fail "$script has a syntax error"
    done
    grep -qx /etc/logrotate.d/uni-load "$control/conffiles" || fail "logrotate snippet is not a conffile"
    grep -qx 'ExecStart=/usr/bin/uni-load --headless .*' \
        "$extracted/usr/lib/systemd/system/uni-load-headless.service" || fail "unit does not start /usr/bin/uni-load"
    grep -q ', stripped' <<<"$(file "$extracted/usr/bin/uni-load")" || fail "the packaged binary is not stripped"
    gzip -t "$extracted/usr/share/man/man1/uni-load.1.gz" || fail "the manual page is not a valid gzip file"
    # The changelog's latest entry is this version (a version bump needs a changelog entry).
    local changelog_version
    changelog_version=$(gzip -dc "$extracted/usr/share/doc/$name/changelog.Debian.gz" | sed -n '1s/^uni-load (\([^)]*\)).*/\1/p')
    [ "$changelog_version" = "$version" ] \
        || fail "changelog.Debian's latest entry is '$changelog_version', the package is $version: add an entry to packaging/linux/debian/changelog"
    grep -q '^License: Expat' "$extracted/usr/share/doc/$name/copyright" || fail "copyright file lacks the licence"
    if command -v groff >/dev/null; then
        local man_warnings
        man_warnings=$(gzip -dc "$extracted/usr/share/man/man1/uni-load.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
        [ -z "$man_warnings" ] || fail "groff warns about the manual page: $man_warnings"
    fi
    tar -tzf "$tgz" >"$WORK/$name.tar-contents"
    grep -q '/usr/bin/uni-load$' "$WORK/$name.tar-contents" || fail "the tarball lacks usr/bin/uni-load"
    grep -q '/etc/logrotate.d/uni-load$' "$WORK/$name.tar-contents" || fail "the tarball lacks etc/logrotate.d/uni-load"
    echo "   $(wc -l <"$contents") paths; binary stripped; maintainer scripts parse; tarball has the same tree"

    if [ "$variant" = gui ]; then
        step "desktop entry, autostart entry, AppStream metainfo"
        if command -v desktop-file-validate >/dev/null; then
            desktop-file-validate "$extracted/usr/share/applications/io.github.uni_load.UniLoad.desktop" \
                "$extracted/usr/share/uni-load/uni-load-autostart.desktop" || fail "desktop-file-validate"
        else
            echo "   desktop-file-validate not installed: skipped"
        fi
        grep -qx 'Exec=uni-load --minimized' "$extracted/usr/share/uni-load/uni-load-autostart.desktop" \
            || fail "autostart entry does not run uni-load --minimized"
        if command -v appstreamcli >/dev/null; then
            appstreamcli validate --no-net "$extracted/usr/share/metainfo/io.github.uni_load.UniLoad.metainfo.xml" \
                >"$WORK/appstream.log" 2>&1 || { cat "$WORK/appstream.log"; fail "appstreamcli validate"; }
            echo "   appstreamcli: $(tail -n 1 "$WORK/appstream.log")"
        else
            echo "   appstreamcli not installed: skipped"
        fi
    fi

    step "install with apt"
    clean_system
    apt_install "$deb"
    [ -x /usr/bin/uni-load ] || fail "/usr/bin/uni-load missing after installation"
    getent passwd uni-load >/dev/null || fail "postinst did not create the uni-load user"
    [ "$(mode_owner /var/lib/uni-load)" = "750 uni-load:uni-load" ] || fail "/var/lib/uni-load is $(mode_owner /var/lib/uni-load)"
    [ "$(mode_owner /etc/uni-load)" = "750 root:uni-load" ] || fail "/etc/uni-load is $(mode_owner /etc/uni-load)"
    [ "$(mode_owner /etc/uni-load/api-token)" = "600 uni-load:uni-load" ] || fail "api-token is $(mode_owner /etc/uni-load/api-token)"
    [ "$(mode_owner /etc/uni-load/uni-load.env)" = "600 root:root" ] || fail "uni-load.env is $(mode_owner /etc/uni-load/uni-load.env)"
    echo "   user uni-load, /etc/uni-load (750 root:uni-load), /var/lib/uni-load (750), api-token (600)"

    step "installed binary"
    # No display and no QT_QPA_PLATFORM here: --version and --help must not need a window system.
    local reported
    reported=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/uni-load --version)
    [ "$reported" = "uni-load $upstream" ] || fail "--version printed '$reported', expected 'uni-load $upstream'"
    echo "   $reported"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/uni-load --help >"$WORK/help.txt"
    if [ "$variant" = gui ]; then
        local qm_count embedded=no
        qm_count=$(grep -c '\.qm$' "$contents" || true)
        # rcc stores resource names as UTF-16: look for the embedded uniload_zh_CN catalogue.
        if grep -qaP 'u\x00n\x00i\x00l\x00o\x00a\x00d\x00_\x00z\x00h\x00_\x00C\x00N' /usr/bin/uni-load; then embedded=yes; fi
        if ! grep -q -- '--lang' "$WORK/help.txt" && [ "$qm_count" -eq 0 ]; then
            fail "no translations: neither a --lang option nor installed .qm files"
        fi
        echo "   translations: --lang option $(grep -q -- '--lang' "$WORK/help.txt" && echo yes || echo no)," \
             "embedded zh_CN catalogue $embedded, installed .qm files $qm_count"
    fi
    local -a demo=()
    if grep -q -- '--demo' "$WORK/help.txt"; then demo=(--demo); fi

    step "headless run from the installed files ${demo[*]:+(with ${demo[*]})}"
    mkdir -p "$WORK/run"
    TOKEN_FILE="$WORK/run/config/api-token"
    if [ ${#demo[@]} -gt 0 ]; then
        run_headless "temp-config" "" "$WORK/run" /usr/bin/uni-load --headless --demo --port 0
    else
        run_headless "temp-config" "" "$WORK/run" /usr/bin/uni-load --headless --port 0 \
            --config-dir "$WORK/run/config" --data-dir "$WORK/run/data"
    fi

    step "headless run as the service starts it (user uni-load, unit's ExecStart, --port 0)"
    local execstart
    execstart=$(sed -n 's/^ExecStart=//p' /usr/lib/systemd/system/uni-load-headless.service)
    local -a unitcmd
    read -r -a unitcmd <<<"$execstart"
    TOKEN_FILE=/etc/uni-load/api-token
    run_headless "as-service" uni-load /etc/uni-load "${unitcmd[@]}" --port 0
    [ -f /var/lib/uni-load/uni-load.db ] || fail "the service-like run wrote no /var/lib/uni-load/uni-load.db"

    step "configuration check as the service user (the quick start's uni-load --check)"
    local created_uniapi=0 check_rc=0
    if [ ! -d /etc/uni-api ]; then
        install -d -m 2775 -o root -g uni-load /etc/uni-api
        created_uniapi=1
    fi
    (cd /etc/uni-load && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/var/lib/uni-load \
        setpriv --reuid=uni-load --regid=uni-load --init-groups -- "${unitcmd[@]}" --check) >"$WORK/check.out" 2>&1 \
        || check_rc=$?
    [ "$created_uniapi" -eq 0 ] || rmdir /etc/uni-api
    [ "$check_rc" -eq 0 ] || { cat "$WORK/check.out"; fail "uni-load --check as the service user exited with $check_rc"; }
    grep -q '^ok  *settings' "$WORK/check.out" || { cat "$WORK/check.out"; fail "the check did not judge the settings"; }
    grep -q '^warning  *instances .*no instance file' "$WORK/check.out" \
        || { cat "$WORK/check.out"; fail "the check did not report the missing instance file"; }
    echo "   $(tail -n 1 "$WORK/check.out")"

    step "systemd unit"
    if command -v systemd-analyze >/dev/null; then
        # Works without systemd as PID 1: loads the unit, checks directives and ExecStart.
        systemd-analyze verify --man=no /usr/lib/systemd/system/uni-load-headless.service \
            || fail "systemd-analyze verify"
        local exposure
        exposure=$(systemd-analyze security --offline=yes /usr/lib/systemd/system/uni-load-headless.service 2>/dev/null \
            | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p')
        echo "   systemd-analyze verify: ok; security exposure ${exposure:-?} (0 = best, 10 = unprotected)"
        awk -v e="${exposure:-10}" 'BEGIN { exit !(e <= 2.5) }' || fail "unit exposure $exposure is above 2.5"
    else
        echo "   systemd-analyze not installed: skipped"
    fi

    step "reinstall keeps the configuration"
    local before after
    echo "# edited by the operator" >>/etc/uni-load/uni-load.env
    before=$(sha256sum /etc/uni-load/api-token /etc/uni-load/uni-load.env)
    apt_install --reinstall "$deb"
    after=$(sha256sum /etc/uni-load/api-token /etc/uni-load/uni-load.env)
    [ "$before" = "$after" ] || fail "reinstalling changed /etc/uni-load"
    echo "   api-token and an edited uni-load.env unchanged"

    step "purge"
    apt-get purge -y -qq "$name" >/dev/null
    [ ! -e /usr/bin/uni-load ] || fail "/usr/bin/uni-load left after purge"
    [ ! -e /etc/uni-load/api-token ] || fail "/etc/uni-load/api-token left after purge"
    [ ! -e /etc/logrotate.d/uni-load ] || fail "/etc/logrotate.d/uni-load left after purge"
    [ -d /var/lib/uni-load ] || fail "purge removed /var/lib/uni-load (the state store is kept)"
    echo "   removed; /var/lib/uni-load (state store, logs) kept as documented"

    SIZES+=("$(printf '%-40s %8s KiB   installed %6s KiB' "$(basename "$deb")" "$(( $(stat -c %s "$deb") / 1024 ))" "$(dpkg-deb -f "$deb" Installed-Size)")")
    SIZES+=("$(printf '%-40s %8s KiB' "$(basename "$tgz")" "$(( $(stat -c %s "$tgz") / 1024 ))")")
    echo "   $name checked in $((SECONDS - t0)) s"
    echo "::endgroup::"
}

[ "${SKIP_GUI:-0}" = 1 ] || check_package gui "$GUI_BUILD"
[ "${SKIP_NOGUI:-0}" = 1 ] || check_package nogui "$NOGUI_BUILD"

echo "Package sizes:"
printf '  %s\n' "${SIZES[@]}"
echo "ci-package-check: all package checks passed in $((SECONDS - started)) s"
