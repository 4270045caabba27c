#!/usr/bin/env bash
# Builds and runs every benchmark program with the arguments tests/bench/README.md quotes
# figures for, printing each program's report and keeping a copy in
# build/bench/bench-results-<commit>.txt. Benchmarks print figures; they do not pass or fail.
#
#   ./tests/bench/run-all.sh            # all of them (about 5 minutes on 2 cores)
#   ./tests/bench/run-all.sh --quick    # the short variants (about 1 minute)
#
# Run it on an otherwise idle machine: the figures are wall-clock times.
set -euo pipefail

cd "$(dirname "$0")/../.."
quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

./packaging/bootstrap.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DUNILOAD_GUI=OFF >/dev/null
targets=(uni-load)
for source in tests/bench/bench_*.cpp; do
    name=$(basename "$source" .cpp)
    # The desktop console's bench needs a GUI build (README.md there: build/default).
    [[ "$name" == bench_console ]] && continue
    targets+=("$name")
done
cmake --build build/bench --target "${targets[@]}"

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
results="build/bench/bench-results-$commit.txt"
bench=build/bench/tests/bench

run() {
    echo "=== $* ===" | tee -a "$results"
    "$bench/$1" "${@:2}" 2>&1 | tee -a "$results"
    echo | tee -a "$results"
}

: >"$results"
echo "uni-load benchmarks at $commit, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores" | tee -a "$results"
if ((quick)); then
    run bench_onboarding --models 200 --latency 20
    run bench_api --seconds 2
    run bench_idle --seconds 5
    run bench_reconcile
    run bench_health 50
    run bench_sync 50
    run bench_weights
else
    run bench_onboarding
    run bench_api
    run bench_idle --seconds 60
    run bench_reconcile
    run bench_reconcile --large
    run bench_health 50
    run bench_health 50 --retry-delay 1000
    run bench_sync 50
    run bench_weights
    run bench_weights --latency 20
fi
echo "Figures saved in $results"
