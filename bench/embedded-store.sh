#!/usr/bin/env bash
# The embedded file store at scale (issue 15 §2): generates the synthetic corpus, loads it
# into a fresh embedded file store (timed, heap capped at LOAD_HEAP, GC log kept), then
# starts the jar on that file with the serving heap (SERVE_HEAP) and times, with the
# response cache off so that every query executes:
#   - startup to ready, and to the first answered query,
#   - the first (uncached) page of each filter and order in queries below,
#   - startup again after an unclean stop (kill -9: the file is read through).
# Prints one line per figure. Usage: bench/embedded-store.sh [statements] (default 100000)
# env: JAR (default target/accords-*.jar), LOAD_HEAP (1g), SERVE_HEAP (512m), CPUS (taskset
# list for the server, default: all), KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
statements=${1:-100000}
jar=${JAR:-$(ls target/accords-*.jar | head -1)}
load_heap=${LOAD_HEAP:-1g}
serve_heap=${SERVE_HEAP:-512m}
port=${PORT:-18481}
work=$(mktemp -d /tmp/accords-embedded.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
pin=()
[ -n "${CPUS:-}" ] && pin=(taskset -c "$CPUS")
now_ms() { date +%s%3N; }

echo "jar $jar; java $(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
java -jar "$jar" generate --statements="$statements" --out="$work/corpus" >/dev/null

# peak heap from a unified GC log: the largest occupancy before and after any collection
heap_peaks() {
  python3 - "$1" <<'EOF'
import re, sys
before = after = 0
for line in open(sys.argv[1]):
    m = re.search(r'(\d+)M->(\d+)M\(\d+M\)', line)
    if m:
        before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
print(f"heap peak {before} MB in use before a GC, {after} MB live after one")
EOF
}

# serve NAME HEAP [APP ARGS...]: starts the jar on the store file and waits until it is ready
serve() {
  local name=$1 heap=$2; shift 2
  local t0; t0=$(now_ms)
  "${pin[@]}" java -Xmx"$heap" -Xlog:gc:file="$work/$name.gc" -jar "$jar" "$@" --server.port="$port" \
    --accords.store.embedded-path="$work/store.mv" --accords.seed.location="file:$work/corpus/" \
    --accords.http.response-cache-size=0B --accords.rate-limit.exempt-loopback=true \
    --accords.store.socket-timeout=300s --accords.http.timeout=300s --accords.export.measure-sizes=false \
    >"$work/$name.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name: the server died"; tail -30 "$work/$name.log"; exit 1; }
    sleep 0.1
  done
  ready=$(( $(now_ms) - t0 ))
}

# ask QUERY: prints the seconds the query took, failing on errors
ask() {
  local body; body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1")
  local out; out=$(curl -s -w '\n%{time_total}' -H 'Content-Type: application/json' -d "$body" \
    "http://127.0.0.1:$port/graphql")
  if echo "$out" | head -1 | grep -q '"errors"'; then echo "query failed: $1: $(echo "$out" | head -1 | cut -c1-300)" >&2; exit 1; fi
  echo "$out" | tail -1
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "== load: $statements statements into a fresh embedded file store, -Xmx$load_heap"
serve load "$load_heap"
echo "load: ready in $ready ms; $(heap_peaks "$work/load.gc")"
stop

echo "== serve: the same file, -Xmx$serve_heap, response cache off"
t0=$(now_ms)
serve serve "$serve_heap"
first=$(ask '{ statements(first: 1) { totalCount } }')
echo "startup: ready in $ready ms, first answered query at $(( $(now_ms) - t0 )) ms"
grep -o 'Store: embedded.*' "$work/serve.log" | head -1 || true

echo "== first uncached page per filter and order (seconds, then the query)"
first_pages() {
  python3 bench/first_pages.py "http://127.0.0.1:$port/graphql" |
    python3 -c 'import json, sys
for line in sys.stdin:
    r = json.loads(line); print("%.3f  %s" % (r["seconds"], r["query"]))'
}
first_pages
jcmd "$pid" GC.run >/dev/null 2>&1 || true
echo "serving heap after a full GC: $(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || true)"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=

if [ "${COMPARE:-1}" = 1 ]; then
  echo "== the same, with the query tables off (--accords.store.query-tables=false: the server scans and sorts)"
  serve off "$serve_heap" --accords.store.query-tables=false
  first_pages
  stop
fi

echo "== startup after an unclean stop (kill -9: the file is read through)"
t0=$(now_ms)
serve unclean "$serve_heap"
first=$(ask '{ statements(first: 1) { totalCount } }')
echo "startup after kill -9: ready in $ready ms, first answered query at $(( $(now_ms) - t0 )) ms"
grep -o 'Store: embedded.*' "$work/unclean.log" | head -1 || true
stop
