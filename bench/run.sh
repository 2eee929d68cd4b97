#!/usr/bin/env bash
# The benchmark, in one go, on loopback: the packaged jar (response cache on and off), a
# static baseline (the same jar serving identical pre-serialized bytes, bench profile) and
# a peer (Apollo Server + DataLoader on Node, same schema, same data exported as JSON),
# each server pinned to the same CPU (core $SERVER_CPU), wrk pinned to another ($LOAD_CPU).
# Writes bench/RESULTS.md. Needs: java 17+ (the servers run on JAVA, bench/jvm.sh), node 20+, wrk (apt-get install wrk), taskset,
# python3, curl. Usage: bench/run.sh   (env: STATEMENTS=100000 DURATION=4 WARMUP=1)
# ONLY=model bench/run.sh runs just the scenarios of issue 11 (dyadic and aggregate queries
# against plain pages of the same size, on the large corpus and the uncached server) and
# writes bench/RESULTS-model.md; it needs neither node nor the small corpus. ONLY=cards
# runs just the embeddable card against the static baseline (issue 13) and writes
# bench/RESULTS-cards.md (STATEMENTS=10000 makes it quick: the card is served from cache).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. bench/jvm.sh
STATEMENTS=${STATEMENTS:-100000}
SMALL_CORPUS=${SMALL_CORPUS:-10000}
DURATION=${DURATION:-4}
WARMUP=${WARMUP:-1}
SERVER_CPU=${SERVER_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}
HEAP=${HEAP:-512m}
ONLY=${ONLY:-}
case "$ONLY" in ""|model|cards) ;; *) echo "bench: ONLY must be empty, 'model' or 'cards', was '$ONLY'" >&2; exit 2;; esac
work=$(mktemp -d /tmp/accords-bench.XXXXXX)
results="$work/results.jsonl"
pids=()
# waits for the servers to stop before removing their store files, which they may still be writing
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

tools=("$JAVA" wrk taskset python3 curl)
[ -n "$ONLY" ] || tools+=(node)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
jar=$(ls target/accords-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -ntp -q -DskipTests package; jar=$(ls target/accords-*.jar | head -1); fi
[ -n "$ONLY" ] || (cd bench/apollo && npm ci --no-audit --no-fund --silent)

# the machine's state, where the servers will run: what a first touch of memory and a fixed
# loop of arithmetic cost now (bench/machine.py), to read the absolute figures against
echo "== the machine (bench/machine.py)"
taskset -c "$SERVER_CPU" python3 bench/machine.py | tee -a "$results"

# the servers start as the Dockerfile starts them: on its JVM (bench/jvm.sh), the jar
# extracted, with the AOT cache (class-data sharing before Java 25) of a training run
# (ops/cds-archive.sh, named by its jvm.args), so that the startup measured is the one that ships
echo "== AOT cache (ops/cds-archive.sh) for $("$JAVA" -version 2>&1 | head -1)"
bash ops/cds-archive.sh "$jar" "$work/app" "$GC"
app=(@"$work/app/jvm.args" -jar "$work/app/accords.jar")

echo "== corpora: $STATEMENTS and $SMALL_CORPUS synthetic statements"
"$JAVA" -jar "$jar" generate --statements="$STATEMENTS" --out="$work/corpus-large" >/dev/null
[ -n "$ONLY" ] || "$JAVA" -jar "$jar" generate --statements="$SMALL_CORPUS" --out="$work/corpus-small" >/dev/null

now_ms() { date +%s%3N; }
# faults_cpu PID: the process's page faults and CPU ticks so far (fields 10, 14 + 15 of its stat)
faults_cpu() { awk '{ print $10, $14 + $15 }' "/proc/$1/stat"; }
QUERIES=(small typical large search introspection)
for q in "${QUERIES[@]}"; do
  python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "bench/queries/$q.graphql" >"$work/$q.json"
done

# start NAME PORT CMD...: starts a server on SERVER_CPU (or on the cores START_CPUS names),
# waits for its first answered query
start() {
  local name=$1 port=$2 cpus=${START_CPUS:-$SERVER_CPU}; shift 2
  # the core's speed just before this start (bench/machine.py's loop; it changes within a run)
  local loop; loop=$(taskset -c "$SERVER_CPU" python3 bench/machine.py --loop)
  local t0; t0=$(now_ms)
  taskset -c "$cpus" "$@" >"$work/$name.log" 2>&1 &
  local pid=$!; pids+=("$pid"); eval "pid_${name//-/_}=$pid"
  until curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d '{"query":"{ statements(first: 1) { totalCount } }"}' "http://127.0.0.1:$port/graphql"; do
    kill -0 "$pid" 2>/dev/null || { echo "bench: $name died"; tail -20 "$work/$name.log"; exit 1; }
    sleep 0.1
  done
  # with the page faults and CPU time it took: a first touch of memory costs what
  # bench/machine.py measured
  local ms=$(( $(now_ms) - t0 )) stat; stat=$(faults_cpu "$pid")
  echo "{\"kind\":\"startup\",\"server\":\"$name\",\"ms\":$ms,\"minflt\":${stat% *},\"cpu_ticks\":${stat#* },\"clk_tck\":$(getconf CLK_TCK),\"loop_s\":$loop}" >>"$results"
  echo "   $name ready on $port in $ms ms (the core's loop just before: $loop s)"
  # the first typical page, nothing cached yet: the store's own work for a page
  local cold
  cold=$(curl -sf -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d @"$work/typical.json" "http://127.0.0.1:$port/graphql")
  echo "{\"kind\":\"cold\",\"server\":\"$name\",\"seconds\":$cold}" >>"$results"
  echo "   $name: first typical page (cold caches) in ${cold} s"
}

# Loading is a batch step (the loader verifies a whole corpus in memory before writing
# it, which takes more heap than serving): each corpus is loaded once into an embedded
# file store, and the servers then open copies of that file with the serving heap.
load() {
  local name=$1 corpus=$2
  local loop; loop=$(taskset -c "$SERVER_CPU" python3 bench/machine.py --loop)
  # 1g: the heap issue 15 asks loading to fit in (docs/operations.md#loading-a-large-corpus);
  # the store's 5 s socket timeout would fail a whole load on one slow write batch of a busy
  # machine (seen at 1g with the load average at 23), so the load waits as the servers do.
  # As the image loads (its entrypoint) and the servers below run: the collector of
  # bench/jvm.sh, whose pauses use both cores here (docs/operations.md#jvm-flags), and the
  # whole heap from the start; its log, as the serial one's, has no G1 remark lines to misread
  "$JAVA" -Xms"${LOAD_HEAP:-1g}" -Xmx"${LOAD_HEAP:-1g}" "$GC" -Xlog:gc:file="$work/load-$name.gc" "${app[@]}" --server.port=19300 --accords.store.embedded-path="$work/$name.mv" \
    --accords.store.socket-timeout=120s \
    --accords.seed.location="file:$corpus/" >"$work/load-$name.log" 2>&1 &
  local pid=$! t0; t0=$(now_ms)
  until curl -sf -o /dev/null http://127.0.0.1:19300/actuator/health/readiness; do
    kill -0 "$pid" 2>/dev/null || { echo "bench: loading $name failed"; tail -20 "$work/load-$name.log"; exit 1; }
    sleep 0.5
  done
  local ms=$(( $(now_ms) - t0 )) stat; stat=$(faults_cpu "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # the most heap still live after a collection that ran (what loading needs), from the GC
  # log: a young collection the collector gives up at once ("906M->906M … 0.2ms",
  # the old generation cannot take what it would promote; a full one follows) frees nothing
  # by design and reads the heap's size, not what is live, so it is skipped; the most after
  # a full collection (what was really live) beside it
  # (a load with no full collection reads 0 there: grep finds nothing, which pipefail would
  # otherwise take for a failure and end the run without a word)
  local live; live=$(grep -oE '[0-9]+M->[0-9]+M' "$work/load-$name.gc" | awk -F'[M>-]+' '$1 != $2 && $2 > m { m = $2 } END { print m + 0 }' || true)
  local full; full=$(grep 'Pause Full' "$work/load-$name.gc" | grep -oE '[0-9]+M->[0-9]+M' | awk -F'[M>-]+' '$2 > m { m = $2 } END { print m + 0 }' || true)
  echo "{\"kind\":\"load-corpus\",\"corpus\":\"$name\",\"ms\":$ms,\"minflt\":${stat% *},\"cpu_ticks\":${stat#* },\"clk_tck\":$(getconf CLK_TCK),\"heap\":\"${LOAD_HEAP:-1g}\",\"live_mb\":$live,\"live_full_mb\":$full,\"loop_s\":$loop}" >>"$results"
  echo "   $name loaded in $ms ms (heap ${LOAD_HEAP:-1g}, at most $live MB live after a collection that ran, $full MB after a full one; both cores)"
}
echo "== loading the corpora into embedded file stores"
load large "$work/corpus-large"
[ -n "$ONLY" ] || load small "$work/corpus-small"
# each server opens a copy of the loaded file with its records (the version served, and the
# checksum taken when the loader closed it cleanly): a restart of a store closed cleanly,
# which opens without reading the whole file back
for copy in cached uncached both-cores; do
  cp "$work/large.mv" "$work/$copy.mv"
  for record in version closed; do
    [ -f "$work/large.mv.$record" ] && cp "$work/large.mv.$record" "$work/$copy.mv.$record"
  done
done

# the embedded store sorts a whole collection for a first, uncached page (it ignores
# indexes): on one core that takes seconds at 100k statements, over the 5 s and 10 s defaults.
# The one-off background pass that measures a new version's download sizes would compete
# with the load for the server's one core for minutes: it is off here.
# the JVM flags of the Dockerfile (docs/operations.md, "JVM flags"): its collector (bench/jvm.sh),
# whose young collections of a cached answer's garbage take a few ms on one core, and the
# whole heap from the start (no resizing while serving)
jvm=("$JAVA" -Xms"$HEAP" -Xmx"$HEAP" "$GC" "${app[@]}" "${SERVER_ARGS[@]}")

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# the CPU ticks of a JVM's JIT compiler threads (C1 and C2)
jit_ticks() {
  local t sum=0
  for t in /proc/"$1"/task/*; do
    case $(cat "$t/comm" 2>/dev/null) in
      "C1 Compiler"*|"C2 Compiler"*) sum=$(( sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0) )) ;;
    esac
  done
  echo "$sum"
}

# warm_up LABEL URL [BODY_FILE|"" PATH [PID [ETAG]]]: load one request shape in rounds of WARM_ROUND
# seconds until its throughput stops rising (a round under 3% above the best so far, twice
# in a row) or WARM_MAX rounds: the JIT needs tens of thousands of requests of a shape
# before the code runs compiled, and figures taken earlier measure the interpreter.
# With the PID of a JVM, then rounds at one connection until its JIT compiler threads take
# under 3% of its CPU in a round (or JIT_MAX rounds, 30: a shape still compiling after 10 was
# measured half-compiled, 1.6 ms of CPU for a page that takes 1.0 ms; a shape not settled by
# the cap is reported so): at 16 connections they get about a
# seventeenth of the one core, so the throughput looks flat while their queue is still
# long, and the first 1-connection runs paid for the compiling (issue 15: a typical page
# took 2.6 ms of CPU at 1 conn right after a flat 16-conn warm-up, 0.8 ms once compiled)
warm_up() {
  local label=$1 url=$2 body=${3:-} path=${4:-} pid=${5:-} etag=${6:-} best=0 flat=0 round rps
  for round in $(seq "${WARM_MAX:-15}"); do
    rps=$(BODY_FILE=$body PATH_QUERY=$path ETAG=$etag taskset -c "$LOAD_CPU" \
      wrk -t1 -c16 -d"${WARM_ROUND:-3}s" -s bench/wrk/request.lua "$url" | tail -1 | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["rps"]))')
    # a shape not answered yet (0 req/s) is not flat: it has not started
    if [ "$rps" -gt $(( best * 103 / 100 )) ]; then best=$rps; flat=0; elif [ "$best" -gt 0 ]; then flat=$((flat + 1)); fi
    [ "$flat" -ge 2 ] && break
  done
  local settled=0 jit all calm=true
  if [ -n "$pid" ]; then
    calm=false
    for settled in $(seq "${JIT_MAX:-30}"); do
      jit=$(jit_ticks "$pid"); all=$(cpu_ticks "$pid")
      BODY_FILE=$body PATH_QUERY=$path ETAG=$etag taskset -c "$LOAD_CPU" \
        wrk -t1 -c1 -d"${WARM_ROUND:-3}s" -s bench/wrk/request.lua "$url" >/dev/null
      jit=$(( $(jit_ticks "$pid") - jit )); all=$(( $(cpu_ticks "$pid") - all ))
      [ $(( jit * 100 )) -lt $(( all * 3 )) ] && { calm=true; break; }
    done
  fi
  if [ "$calm" = true ]; then
    echo "   warm: $label flat at ~$best req/s after $round rounds of ${WARM_ROUND:-3}s; JIT settled after $settled more at 1 conn"
  else
    echo "   warm: $label flat at ~$best req/s after $round rounds of ${WARM_ROUND:-3}s; JIT NOT settled after $settled more at 1 conn (JIT_MAX)"
  fi
  echo "{\"kind\":\"warm\",\"label\":\"$label\",\"rounds\":$round,\"jit_rounds\":$settled,\"jit_settled\":$calm,\"rps\":$best}" >>"$results"
}

# run NAME SERVER PID QUERY CONNS URL [BODY_FILE|PATH [ETAG]]
run() {
  local scenario=$1 server=$2 pid=$3 query=$4 conns=$5 url=$6 body=${7:-} path=${8:-} etag=${9:-}
  BODY_FILE=$body PATH_QUERY=$path ETAG=$etag taskset -c "$LOAD_CPU" \
    wrk -t1 -c"$conns" -d"${WARMUP}s" -s bench/wrk/request.lua "$url" >/dev/null
  local before; before=$(cpu_ticks "$pid")
  local out; out=$(BODY_FILE=$body PATH_QUERY=$path ETAG=$etag taskset -c "$LOAD_CPU" \
    wrk -t1 -c"$conns" -d"${DURATION}s" --latency -s bench/wrk/request.lua "$url" | tail -1)
  local ticks=$(( $(cpu_ticks "$pid") - before ))
  echo "{\"kind\":\"load\",\"scenario\":\"$scenario\",\"server\":\"$server\",\"query\":\"$query\",\"connections\":$conns,\"cpu_ticks\":$ticks,\"clk_tck\":$(getconf CLK_TCK),\"wrk\":$out}" >>"$results"
  echo "   $scenario $query c=$conns $(echo "$out" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("%.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d" % (r["rps"], r["p50_ms"], r["p99_ms"], r["status_errors"]))')"
}

# model_scenarios URL PID: issue 11's dyadic query (agreements between two countries) and
# aggregate (commitmentTotals for a filter, and for a wide one), each beside a plain page of
# the same size and selection, on one server in one run. Variants ask the same question of
# other data, so every cold figure is a first answer the store has not cached. The nested
# pages (each of 20 parents with its first 3 statements) are measured the same way, beside a
# plain page of 60 statements.
MODEL_SCENARIOS=(plain-agreements dyadic plain-commitments totals totals-wide plain-statements nested-agreements nested-people)
model_scenarios() {
  local url=$1 pid=$2 dir="$work/model" s k t
  mkdir -p "$dir"
  python3 bench/model_queries.py "$dir" "$url"
  echo "== issue 11 scenarios: JIT warm-up on variants 5-7 (${MODEL_WARM:-2}s each)"
  for k in 5 6 7; do
    for s in "${MODEL_SCENARIOS[@]}"; do
      BODY_FILE="$dir/$s-$k.json" taskset -c "$LOAD_CPU" wrk -t1 -c4 -d"${MODEL_WARM:-2}s" -s bench/wrk/request.lua "$url" >/dev/null
    done
  done
  echo "== issue 11 scenarios: first answers (variants 1-4, scenarios interleaved)"
  for k in 1 2 3 4; do
    for s in "${MODEL_SCENARIOS[@]}"; do
      t=$(curl -sf -o "$dir/$s-$k.out" -w '%{time_total}' -H 'Content-Type: application/json' -d @"$dir/$s-$k.json" "$url")
      grep -q '"errors"' "$dir/$s-$k.out" && { echo "bench: $s variant $k answered errors:"; head -c 600 "$dir/$s-$k.out"; exit 1; }
      echo "{\"kind\":\"model-cold\",\"scenario\":\"$s\",\"variant\":$k,\"seconds\":$t}" >>"$results"
      echo "   $s variant $k: ${t} s"
    done
  done
  echo "== issue 11 scenarios: load on variant 0 (${DURATION}s per run after ${WARMUP}s warm-up)"
  for s in "${MODEL_SCENARIOS[@]}"; do
    warm_up "model $s" "$url" "$dir/$s-0.json"
  done
  for c in 1 16; do
    for s in "${MODEL_SCENARIOS[@]}"; do
      run model uncached "$pid" "$s" "$c" "$url" "$dir/$s-0.json"
    done
  done
}

echo "== servers (each on CPU $SERVER_CPU, heap $HEAP)"
if [ "$ONLY" = model ]; then
  start uncached 19302 "${jvm[@]}" --server.port=19302 --accords.seed.location="file:$work/corpus-large/" \
    --accords.store.embedded-path="$work/uncached.mv" --accords.http.response-cache-size=0B
  model_scenarios http://127.0.0.1:19302/graphql "$pid_uncached"
  python3 bench/model_report.py "$results" "$STATEMENTS" "$HEAP" >bench/RESULTS-model.md
  echo "== wrote bench/RESULTS-model.md"
  exit 0
fi
if [ "$ONLY" = cards ]; then
  start cached 19301 "${jvm[@]}" --server.port=19301 --accords.seed.location="file:$work/corpus-large/" \
    --accords.store.embedded-path="$work/cached.mv"
  encoded=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(open(sys.argv[1]).read()))' bench/queries/typical.graphql)
  card_id=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"{ statements(first: 1) { edges { node { id } } } }"}' \
    http://127.0.0.1:19301/graphql | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["statements"]["edges"][0]["node"]["id"])')
  echo "== warm-up: the static baseline and the card, each until its throughput stops rising"
  warm_up static http://127.0.0.1:19301 "" "/bench/static?query=$encoded"
  warm_up card http://127.0.0.1:19301 "" "/embed/statement/$card_id"
  echo "== cards against the static baseline, side by side"
  for c in 1 16 64; do
    run static jar "$pid_cached" typical "$c" http://127.0.0.1:19301 "" "/bench/static?query=$encoded"
    run card jar "$pid_cached" card "$c" http://127.0.0.1:19301 "" "/embed/statement/$card_id"
  done
  card_bytes=$(curl -sf "http://127.0.0.1:19301/embed/statement/$card_id" | wc -c)
  static_bytes=$(curl -sf "http://127.0.0.1:19301/bench/static?query=$encoded" | wc -c)
  python3 - "$results" "$STATEMENTS" "$card_bytes" "$static_bytes" >bench/RESULTS-cards.md <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if '"kind":"load"' in line]
by = {(r["scenario"], r["connections"]): r for r in rows}
print("# Cards against the static baseline\n")
print("Written by `ONLY=cards bench/run.sh`: one server (the jar as shipped, response cache on) pinned to one")
print("core, wrk to the other; corpus %s synthetic statements; the card `/embed/statement/{id}` (%s bytes)" % (sys.argv[2], sys.argv[3]))
print("against the static baseline (pre-serialized bytes of the typical page, %s bytes), run side by side.\n" % sys.argv[4])
print("| conns | static req/s | card req/s | card / static | static p99 ms | card p99 ms |")
print("| ---: | ---: | ---: | ---: | ---: | ---: |")
for c in (1, 16, 64):
    s, k = by[("static", c)]["wrk"], by[("card", c)]["wrk"]
    print("| %d | %.0f | %.0f | %.2f | %.2f | %.2f |" % (c, s["rps"], k["rps"], k["rps"] / s["rps"], s["p99_ms"], k["p99_ms"]))
warms = [json.loads(line) for line in open(sys.argv[1]) if '"kind":"warm"' in line]
print("\nWarm-up first, each until its throughput stopped rising: " + ", ".join(
    "%s %d rounds of 3 s (~%d req/s)" % (w["label"], w["rounds"], w["rps"]) for w in warms) + ".")
print("\nGoal (issue 13): a card served from cache at >= 0.7x the static baseline's throughput.")
PY
  echo "== wrote bench/RESULTS-cards.md"
  exit 0
fi
start cached 19301 "${jvm[@]}" --server.port=19301 --accords.seed.location="file:$work/corpus-large/" \
  --accords.store.embedded-path="$work/cached.mv"
start uncached 19302 "${jvm[@]}" --server.port=19302 --accords.seed.location="file:$work/corpus-large/" \
  --accords.store.embedded-path="$work/uncached.mv" --accords.http.response-cache-size=0B
# the same start on both cores, as a container given two cores starts (the servers above idle):
# a figure beside the target, which is judged on the one core the servers are measured on
START_CPUS=0,1 start both-cores 19305 "${jvm[@]}" --server.port=19305 \
  --accords.seed.location="file:$work/corpus-large/" --accords.store.embedded-path="$work/both-cores.mv"
kill "$pid_both_cores"; wait "$pid_both_cores" 2>/dev/null || true
echo "== the first uncached page of each filter and order (uncached server, nothing asked before)"
python3 bench/first_pages.py http://127.0.0.1:19302/graphql | tee -a "$results" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line); print("   %.3f s  %s" % (r["seconds"], r["query"]))'
curl -sf http://127.0.0.1:19301/graphql/schema >"$work/schema.graphqls"
mkdir -p "$work/export"
python3 bench/export_for_peer.py "http://127.0.0.1:19301" "$work/export"
start apollo 19303 env SCHEMA="$work/schema.graphqls" DATA="$work/export" PORT=19303 node bench/apollo/server.mjs

# the JIT needs tens of seconds of load before a JVM runs at speed: warm every server up
# on every query first, so that the order of the runs does not decide the figures
warm() {
  for q in "${QUERIES[@]}"; do
    warm_up "$1 $q" "$2" "$work/$q.json" "" "${3:-}"
  done
}
echo "== warm-up: every query on every server until its throughput stops rising"
warm cached http://127.0.0.1:19301/graphql "$pid_cached"
warm uncached http://127.0.0.1:19302/graphql "$pid_uncached"
warm apollo http://127.0.0.1:19303/
# the static baseline's own path (a plain endpoint), the 304 path (a GET with a matching
# If-None-Match) and the card are each compiled apart from a POST to /graphql: each is warmed
# the same way, or whichever is warmed least looks slowest at one connection
for q in typical large; do
  encoded=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(open(sys.argv[1]).read()))' "bench/queries/$q.graphql")
  warm_up "static $q" http://127.0.0.1:19301 "" "/bench/static?query=$encoded" "$pid_cached"
  etag=$(curl -sfi "http://127.0.0.1:19301/graphql?query=$encoded" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  warm_up "revalidate $q" http://127.0.0.1:19301 "" "/graphql?query=$encoded" "$pid_cached" "$etag"
done
card_id=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"{ statements(first: 1) { edges { node { id } } } }"}' \
  http://127.0.0.1:19301/graphql | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["statements"]["edges"][0]["node"]["id"])')
warm_up card http://127.0.0.1:19301 "" "/embed/statement/$card_id" "$pid_cached"

echo "== load: ${DURATION}s per run after ${WARMUP}s warm-up"
for q in "${QUERIES[@]}"; do
  encoded=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(open(sys.argv[1]).read()))' "bench/queries/$q.graphql")
  for c in 1 16 64; do
    run cached jar "$pid_cached" "$q" "$c" http://127.0.0.1:19301/graphql "$work/$q.json"
    run uncached jar "$pid_uncached" "$q" "$c" http://127.0.0.1:19302/graphql "$work/$q.json"
    run apollo apollo "$pid_apollo" "$q" "$c" http://127.0.0.1:19303/ "$work/$q.json"
    if [ "$q" = typical ] || [ "$q" = large ]; then
      run static jar "$pid_cached" "$q" "$c" http://127.0.0.1:19301 "" "/bench/static?query=$encoded"
      etag=$(curl -sfi "http://127.0.0.1:19301/graphql?query=$encoded" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
      run revalidate jar "$pid_cached" "$q" "$c" http://127.0.0.1:19301 "" "/graphql?query=$encoded" "$etag"
    fi
  done
done

echo "== cards: /embed/statement/{id} (entity cache warm) against the static baseline"
for c in 1 16 64; do
  run card jar "$pid_cached" card "$c" http://127.0.0.1:19301 "" "/embed/statement/$card_id"
done

echo "== search: uncached searches on the uncached server (its index built in the background at startup)"
# the index is built when the corpus is published (the load's log) and read back by each
# server at startup (its own log)
built=$(grep -oE 'Search index of dataset [0-9a-f]+: built and stored with it in [0-9]+ ms, [0-9]+ KiB' "$work/load-large.log" | tail -1 | awk '{ print $12 "," $14 }')
read_back=$(grep -oE 'Search index of dataset [0-9a-f]+: [0-9]+ entities, [0-9]+ KiB, read from the store in [0-9]+ ms' "$work/uncached.log" | tail -1 | awk '{ print $6 "," $15 }')
echo "{\"kind\":\"search-index\",\"build_ms\":${built%,*},\"kib\":${built#*,},\"entities\":${read_back%,*},\"read_ms\":${read_back#*,}}" >>"$results"
python3 bench/search_times.py http://127.0.0.1:19302/graphql 200 | tee -a "$results"

model_scenarios http://127.0.0.1:19302/graphql "$pid_uncached"
python3 bench/model_report.py "$results" "$STATEMENTS" "$HEAP" >bench/RESULTS-model.md

echo "== the first page against corpus size (embedded store)"
echo "{\"kind\":\"rss\",\"server\":\"uncached\",\"peak_kb\":$(awk '/VmHWM/{print $2}' "/proc/$pid_uncached/status")}" >>"$results"
kill "$pid_uncached"
start small 19304 "${jvm[@]}" --server.port=19304 --accords.seed.location="file:$work/corpus-small/" \
  --accords.store.embedded-path="$work/small.mv" --accords.http.response-cache-size=0B

for name in cached apollo small; do
  pid_var="pid_$name"
  echo "{\"kind\":\"rss\",\"server\":\"$name\",\"peak_kb\":$(awk '/VmHWM/{print $2}' "/proc/${!pid_var}/status")}" >>"$results"
done
# the run this one replaces, for RESULTS.md's "against the previous run" lines
[ -f bench/results.jsonl ] && cp bench/results.jsonl "$work/previous.jsonl"
cp "$results" bench/results.jsonl
python3 bench/report.py bench/results.jsonl "$STATEMENTS" "$SMALL_CORPUS" "$HEAP" "$work/previous.jsonl" >bench/RESULTS.md
echo "== wrote bench/RESULTS.md (raw figures: bench/results.jsonl)"
