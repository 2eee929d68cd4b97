#!/usr/bin/env bash
# Profiles one request shape on a running server with Java Flight Recorder: loads it with
# wrk (as bench/run.sh does) while a JFR recording with the "profile" settings runs, then
# prints where the CPU samples and the allocations went (self and total, by method).
# Usage: bench/profile.sh PID URL [BODY_FILE] [PATH_QUERY]
#   env: SECONDS_=20 CONNS=1 WARMUP=10 OUT=/tmp/accords-profile.jfr TOP=40 LOAD_CPU=1
# e.g. the uncached typical page (server started as in bench/run.sh with
# --accords.http.response-cache-size=0B, and -XX:FlightRecorderOptions:stackdepth=256 for
# whole stacks):
#   python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
#     bench/queries/typical.graphql >/tmp/typical.json
#   bench/profile.sh $(pgrep -f 'port=19302') http://127.0.0.1:19302/graphql /tmp/typical.json
# The recording stays in $OUT for JDK Mission Control or `jfr print`.
set -euo pipefail
cd "$(dirname "$0")/.."
pid=$1 url=$2 body=${3:-} path=${4:-}
seconds=${SECONDS_:-20} conns=${CONNS:-1} out=${OUT:-/tmp/accords-profile.jfr}
load() {
  BODY_FILE=$body PATH_QUERY=$path taskset -c "${LOAD_CPU:-1}" \
    wrk -t1 -c"$conns" -d"$1s" --latency -s bench/wrk/request.lua "$url" | tail -1
}
# warm first: the JIT compiles a shape after tens of thousands of requests
[ "${WARMUP:-10}" -gt 0 ] && load "${WARMUP:-10}" >/dev/null
jcmd "$pid" JFR.start name=accords-profile settings=profile >/dev/null
ticks0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
result=$(load "$seconds")
ticks1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
jcmd "$pid" JFR.dump name=accords-profile filename="$out" >/dev/null
jcmd "$pid" JFR.stop name=accords-profile >/dev/null
echo "$result" | python3 -c 'import json,sys; r=json.load(sys.stdin); t=(int(sys.argv[2])-int(sys.argv[1]))/float(sys.argv[3]); print("load: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %.0f us CPU per request" % (r["rps"], r["p50_ms"], r["p99_ms"], t*1e6/max(1, r["requests"])))' \
  "$ticks0" "$ticks1" "$(getconf CLK_TCK)"
echo "recording: $out"
for event in jdk.ExecutionSample jdk.ObjectAllocationSample; do
  jfr print --json --stack-depth 256 --events "$event" "$out" | python3 bench/profile_report.py "$event" "${TOP:-40}"
done
