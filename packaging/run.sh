#!/usr/bin/env bash
# Sets up, builds and runs uni-load from a source checkout (Debian 12).
#
# The desktop console when a display is available, else headless (HTTP API and web console on
# 127.0.0.1:3002). Without a gpt-load instance file anywhere uni-load would look for one, it
# starts the demo: a built-in simulated gpt-load and AI sites, nothing of yours is touched.
# Extra arguments go to uni-load and switch this guessing off, e.g.
#   ./packaging/run.sh --headless --config-dir ~/my-deployment
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/bootstrap.sh
cmake --preset default >/dev/null
cmake --build --preset default
binary=./build/default/app/uni-load

if [ "$#" -gt 0 ]; then
    exec "$binary" "$@"
fi

args=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    args+=(--headless)
fi
configured=no
for candidate in "${GPTLOAD_INSTANCES_FILE:-}" gptload-instances.json gpt-load-instances.local.json gpt-load-instances.json \
    "${XDG_CONFIG_HOME:-$HOME/.config}/uni-load/gptload-instances.json"; do
    if [ -n "$candidate" ] && [ -f "$candidate" ]; then
        configured=yes
    fi
done
if [ "$configured" = no ]; then
    echo "run.sh: no gpt-load instance file configured; starting the demo (--demo)." >&2
    echo "run.sh: put your instances in ~/.config/uni-load/gptload-instances.json to use real ones." >&2
    args+=(--demo)
fi
exec "$binary" "${args[@]}"
