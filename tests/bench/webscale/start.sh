#!/usr/bin/env bash
# Starts the simulator process and the headless server process of bench_webscale at SITES x
# MODELS (FAIL sites stopped before the channel checks) and waits until the server serves.
#   BIN=build/bench/tests/bench/bench_webscale tests/bench/webscale/start.sh SITES MODELS FAIL SIMPORT APIPORT
# writes $OUT/run-<S>x<M>/{sim,serve}.{pid,log} (OUT defaults to /tmp/uniload-webscale).
set -euo pipefail
S=$1; M=$2; FAIL=$3; SIMPORT=$4; APIPORT=$5
BIN=${BIN:-build/bench/tests/bench/bench_webscale}
TOKEN=${TOKEN:-webscale-bench-token-0123456789abcdef}
D=${OUT:-/tmp/uniload-webscale}/run-${S}x${M}
rm -rf "$D"; mkdir -p "$D"
"$BIN" sim --dir "$D" --sites "$S" --models "$M" --fail "$FAIL" --port "$SIMPORT" --token "$TOKEN" >"$D/sim.log" 2>&1 &
echo $! >"$D/sim.pid"
while [ ! -e "$D/sim.ready" ]; do sleep 0.2; done
start=$(date +%s.%N)
"$BIN" serve --dir "$D" --port "$APIPORT" --token "$TOKEN" >"$D/serve.log" 2>&1 &
echo $! >"$D/serve.pid"
while [ ! -e "$D/onboarded" ]; do
    sleep 1
    if ! kill -0 "$(cat "$D/serve.pid")" 2>/dev/null; then echo "serve died"; tail "$D/serve.log"; exit 1; fi
done
echo "onboarded after $(echo "$(date +%s.%N) - $start" | bc) s"
curl -s -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SIMPORT/sites/stop"; echo
touch "$D/check"
while [ ! -e "$D/ready" ]; do sleep 1; done
echo "server pid $(cat "$D/serve.pid"), simulator pid $(cat "$D/sim.pid")"
