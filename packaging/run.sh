#!/usr/bin/env bash
# Sets up, builds and runs uni-load from a source checkout (Debian 12).
# Extra arguments go to uni-load, e.g. ./packaging/run.sh --config-dir ~/my-deployment
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/bootstrap.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec ./build/default/app/uni-load --headless "$@"
