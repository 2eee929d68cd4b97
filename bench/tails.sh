#!/usr/bin/env bash
# Tails (issue 15, section 4): the p99 of cached answers at 64 connections against the
# static baseline's (the same bytes from a plain endpoint of the same server), in
# alternating rounds on one server, with what could put a request in the tail counted
# around each round: the kernel's TCP counters (nstat: retransmissions, listen-queue
# overflows, connections opened), the server's GC pauses (-Xlog:gc) and JIT compilations.
# Servers start as bench/run.sh starts them (the jar extracted with its AOT cache, pinned
# to SERVER_CPU, -Xms512m -Xmx512m, the collector of bench/jvm.sh, bench profile), wrk on LOAD_CPU.
# Usage: bench/tails.sh STORE_FILE CORPUS_DIR [NAME=SERVER_ARGS ...]
#   STORE_FILE: an embedded store with CORPUS_DIR already loaded (bench/run.sh's load step;
#   copied, with its .version/.closed records, for each server, never opened itself)
#   NAME=SERVER_ARGS: one server per variant, started side by side on the same core and
#   measured in alternating rounds (default: one variant "as-is" with no extra arguments);
#   SERVER_ARGS are extra JVM flags (starting with -X), application arguments (--...) and
#   app=DIR: that variant's jar, a folder made by ops/cds-archive.sh (another build's)
#   env: APP=dir of ops/cds-archive.sh (default: made from target/accords-*.jar)
#        QUERY=typical ROUNDS=4 DURATION=8 CONNS=64 WARM=30 (seconds per shape per server)
#        NICE=-10: servers and wrk at that priority, above other work on a shared machine
#        PORT=19380: the first server's port, the next variants' on the ports after it
# e.g. bench/tails.sh /tmp/large.mv /tmp/corpus-large as-is= 'keepalive=--server.tomcat.max-keep-alive-requests=-1'
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jvm.sh
store=$1 corpus=$2; shift 2
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("as-is=")
QUERY=${QUERY:-typical} ROUNDS=${ROUNDS:-4} DURATION=${DURATION:-8} CONNS=${CONNS:-64} WARM=${WARM:-30}
SERVER_CPU=${SERVER_CPU:-1} LOAD_CPU=${LOAD_CPU:-0} HEAP=${HEAP:-512m}
work=$(mktemp -d /tmp/accords-tails.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
app=${APP:-}
if [ -z "$app" ]; then
  jar=$(ls target/accords-*.jar | head -1)
  app=$work/app
  bash ops/cds-archive.sh "$jar" "$app" "$GC" >/dev/null
fi
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "bench/queries/$QUERY.graphql" >"$work/body.json"
encoded=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(open(sys.argv[1]).read()))' "bench/queries/$QUERY.graphql")
counters=(TcpActiveOpens TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPDSACKRecv TcpExtTCPTimeouts TcpExtListenOverflows TcpExtListenDrops TcpExtTCPSynRetrans TcpExtTCPAbortOnData TcpExtTCPAbortOnClose)
nstat_now() { nstat -az "${counters[@]}" | awk 'NR > 1 { printf "%s=%s ", $1, $2 }'; }

port=${PORT:-19380}
names=()
declare -A pid_of port_of
for v in "${variants[@]}"; do
  name=${v%%=*} args=${v#*=}
  jvm_flags=() app_args=() vapp=$app
  for a in $args; do case "$a" in app=*) vapp=${a#app=};; -X*) jvm_flags+=("$a");; *) app_args+=("$a");; esac; done
  for ext in "" .version .closed; do [ -f "$store$ext" ] && cp "$store$ext" "$work/$name.mv$ext"; done
  nice -n "${NICE:-0}" taskset -c "$SERVER_CPU" "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" "$GC" "${jvm_flags[@]}" \
    -Xlog:gc,safepoint:file="$work/$name.gc" @"$vapp/jvm.args" -jar "$vapp/accords.jar" \
    "${SERVER_ARGS[@]}" --server.port="$port" --accords.store.embedded-path="$work/$name.mv" --accords.seed.location="file:$corpus/" \
    "${app_args[@]}" >"$work/$name.log" 2>&1 &
  pid=$!; pids+=("$pid"); names+=("$name")
  pid_of[$name]=$pid port_of[$name]=$port
  port=$((port + 1))
done
for name in "${names[@]}"; do
  pid=${pid_of[$name]} port=${port_of[$name]}
  until curl -sf -o /dev/null http://127.0.0.1:$port/actuator/health/readiness; do
    kill -0 "$pid" 2>/dev/null || { echo "tails: $name died"; tail -20 "$work/$name.log"; exit 1; }
    sleep 0.5
  done
  echo "== $name ready (pid $pid, port $port)"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# one load: prints a JSON line (wrk's figures, the counters' deltas, GC pauses, compilations,
# the server's CPU time per answer)
load() {
  local name=$1 shape=$2 seconds=$3 pid port url body="" path="" before after gc0 jit0
  pid=${pid_of[$name]} port=${port_of[$name]}
  if [ "$shape" = static ]; then url=http://127.0.0.1:$port path="/bench/static?query=$encoded"
  else url=http://127.0.0.1:$port/graphql body=$work/body.json; fi
  gc0=$(wc -l <"$work/$name.gc")
  jit0=$(jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= '/sun.ci.totalCompiles=/{print $2}')
  before=$(nstat_now)
  local cpu0; cpu0=$(cpu_ticks "$pid")
  local out; out=$(BODY_FILE=$body PATH_QUERY=$path nice -n "${NICE:-0}" taskset -c "$LOAD_CPU" \
    wrk -t1 -c"$CONNS" -d"${seconds}s" --latency -s bench/wrk/request.lua "$url" | tail -1)
  after=$(nstat_now)
  local cpu1; cpu1=$(cpu_ticks "$pid")
  local jit1; jit1=$(jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= '/sun.ci.totalCompiles=/{print $2}')
  tail -n +"$((gc0 + 1))" "$work/$name.gc" >"$work/gc-window"
  python3 - "$name" "$shape" "$out" "$before" "$after" "$work/gc-window" "${jit0:-0}" "${jit1:-0}" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" <<'PY'
import json, re, sys
name, shape, out, before, after, gc, jit0, jit1, ticks, hz = sys.argv[1:]
r = json.loads(out)
parse = lambda s: dict(kv.split("=") for kv in s.split())
b, a = parse(before), parse(after)
pauses = [float(m) for m in re.findall(r"Pause \w+.*?(\d+\.\d+)ms", open(gc).read())]
line = {"variant": name, "shape": shape, **r,
        "tcp": {k: int(a[k]) - int(b[k]) for k in a},
        "gc_pauses": len(pauses), "gc_max_ms": max(pauses, default=0.0), "gc_total_ms": round(sum(pauses), 1),
        "compiles": int(jit1) - int(jit0),
        "cpu_us": round(int(ticks) / int(hz) * 1e6 / max(r["requests"], 1), 1)}
print(json.dumps(line))
PY
}

echo "== warm-up: ${WARM}s per shape per server"
for name in "${names[@]}"; do
  for shape in static cached; do load "$name" "$shape" "$WARM" >/dev/null; done
done
echo "== $ROUNDS alternating rounds of ${DURATION}s at $CONNS connections ($QUERY)"
for round in $(seq "$ROUNDS"); do
  for name in "${names[@]}"; do
    for shape in static cached; do
      load "$name" "$shape" "$DURATION" | tee -a "$work/rounds.jsonl" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
print("   %-10s %-6s %6.0f req/s  p50 %6.2f  p99 %7.2f  p99.9 %7.2f  max %7.2f ms  CPU %.0f us/req  GC %d (%.1f ms, max %.1f)  JIT %d  tcp %s" % (
    r["variant"], r["shape"], r["rps"], r["p50_ms"], r["p99_ms"], r.get("p999_ms", 0), r.get("max_ms", 0),
    r["cpu_us"], r["gc_pauses"], r["gc_total_ms"], r["gc_max_ms"], r["compiles"], " ".join("%s=%d" % (k, v) for k, v in r["tcp"].items() if v)))'
    done
  done
done
echo "== per variant: medians over the rounds, cached p99 / static p99"
python3 - "$work/rounds.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
for v in dict.fromkeys(r["variant"] for r in rows):
    med = lambda shape, k: statistics.median(r[k] for r in rows if r["variant"] == v and r["shape"] == shape)
    ratios = [c["p99_ms"] / s["p99_ms"] for s, c in zip(
        [r for r in rows if r["variant"] == v and r["shape"] == "static"],
        [r for r in rows if r["variant"] == v and r["shape"] == "cached"])]
    print("   %-10s static p99 %.2f ms, %.0f req/s, %.0f us/req; cached p99 %.2f ms, %.0f req/s, %.0f us/req; ratio per round %s" % (
        v, med("static", "p99_ms"), med("static", "rps"), med("static", "cpu_us"),
        med("cached", "p99_ms"), med("cached", "rps"), med("cached", "cpu_us"),
        " ".join("%.2f" % x for x in ratios)))
PY
[ -n "${KEEP:-}" ] && { cp "$work/rounds.jsonl" "$KEEP"; for n in "${names[@]}"; do cp "$work/$n.gc" "$KEEP.$n.gc"; done; }
exit 0
