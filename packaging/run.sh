#!/usr/bin/env bash
# Sets up, builds and runs uni-load from a source checkout (Debian 12).
#
# The desktop console when a display is available, else headless (HTTP API and web console on
# 127.0.0.1:3002). Without a gpt-load instance file anywhere uni-load would look for one, it
# starts the demo: a built-in simulated gpt-load and AI sites, nothing of yours is touched.
# Extra arguments go to uni-load and switch this guessing off, e.g.
#   ./packaging/run.sh --headless --config-dir ~/my-deployment
# uni-load runs in the directory run.sh was started from (relative paths, compatibility mode).
# Only the program is built, in the tree of the README's test command (build/default); the
# browser test's tools (Chromium, Node.js) are not installed.
set -euo pipefail
caller_dir=$PWD
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
WITH_BROWSER=0 ./packaging/bootstrap.sh
cmake --preset default >/dev/null
cmake --build --preset default --target uni-load
binary=$repo/build/default/app/uni-load
cd "$caller_dir"

if [ "$#" -gt 0 ]; then
    exec "$binary" "$@"
fi

args=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    args+=(--headless)
fi
# Where uni-load looks (core/config): the working directory when it holds an instance file
# (compatibility mode), else ~/.config/uni-load; GPTLOAD_INSTANCES_FILE is relative to that.
standard_dir=${XDG_CONFIG_HOME:-$HOME/.config}/uni-load
candidates=()
for name in gptload-instances.json gpt-load-instances.local.json gpt-load-instances.json; do
    candidates+=("$caller_dir/$name" "$standard_dir/$name")
done
if [ -n "${GPTLOAD_INSTANCES_FILE:-}" ]; then
    case "$GPTLOAD_INSTANCES_FILE" in
        /*) candidates+=("$GPTLOAD_INSTANCES_FILE") ;;
        "~"/*) candidates+=("$HOME/${GPTLOAD_INSTANCES_FILE#"~/"}") ;;
        *) candidates+=("$caller_dir/$GPTLOAD_INSTANCES_FILE" "$standard_dir/$GPTLOAD_INSTANCES_FILE") ;;
    esac
fi
configured=no
for candidate in "${candidates[@]}"; do
    if [ -f "$candidate" ]; then
        configured=yes
    fi
done
if [ "$configured" = no ]; then
    echo "run.sh: no gpt-load instance file configured; starting the demo (--demo)." >&2
    echo "run.sh: put your instances in ~/.config/uni-load/gptload-instances.json to use real ones." >&2
    args+=(--demo)
fi
exec "$binary" "${args[@]}"
