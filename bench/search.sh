#!/usr/bin/env bash
# Search index figures (issue 15 §1): for each corpus, the time to build the Lucene index
# of a dataset version (from the app's log line, on the first search), the heap it adds
# (used heap after a full GC, before and after that first search; a refresh interval of 1h
# keeps the background warm-up from building it first) and its bytes, and the
# p50/p90 of uncached searches (the response cache off, so every answer is computed),
# timed by curl on loopback (whole request) and by the app's accords_search_query_seconds
# timer (time in the index only). Not part of bench/run.sh: run it alone on a quiet machine.
# Usage: bench/search.sh   (env: CORPORA="seed 20000 100000" HEAP=2g SEARCHES=200 JAR=target/accords-…jar)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${CORPORA:-"seed 20000 100000"}
HEAP=${HEAP:-2g}
SEARCHES=${SEARCHES:-200}
PORT=${PORT:-19350}
work=$(mktemp -d /tmp/accords-search-bench.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
jar=${JAR:-$(ls target/accords-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -B -ntp -q -DskipTests package; jar=$(ls target/accords-*.jar | head -1); fi
used_heap() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'; }
search() { # text -> seconds
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ search(text: \\\"$1\\\", first: 20) { totalCount edges { score matchedField highlight node { ... on Node { id } } } } }\"}" \
    "http://127.0.0.1:$PORT/graphql"
}
WORDS=(defence drones minister production lithuania ukraine memorandum missiles cooperation agreement
  research vehicles industry investment company capabilities strike ammunition electronic naval
  umerov kasciunas armonaite kamyshin ministry economy innovation systems warfare development)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for corpus in $CORPORA; do
  if [ "$corpus" = seed ]; then args=(); else
    java -jar "$jar" generate --statements="$corpus" --out="$work/c$corpus" >/dev/null
    args=(--accords.seed.location="file:$work/c$corpus/")
  fi
  log="$work/app-$corpus.log"
  java -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" --accords.store.embedded-mode=memory \
    --accords.http.response-cache-size=0B --accords.dataset.refresh-interval=1h "${args[@]}" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }; sleep 1; done
  before=$(used_heap "$pid")
  first=$(search "defence")
  # a build longer than the request timeout (accords.http.timeout) outlives that request
  for _ in $(seq 1 300); do grep -q 'Search index of dataset' "$log" && break; sleep 1; done
  after=$(used_heap "$pid")
  built=$(grep -o 'Search index of dataset.*' "$log" | tail -1 || true)
  times=()
  for i in $(seq 1 "$SEARCHES"); do
    a=${WORDS[$((RANDOM % ${#WORDS[@]}))]}; b=${WORDS[$((RANDOM % ${#WORDS[@]}))]}
    case $((i % 3)) in 0) t="$a";; 1) t="$a $b";; 2) t="${a:0:5}";; esac
    times+=("$(search "$t" | tail -1)")
  done
  index=$(curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | awk '/^accords_search_query_seconds\{.*quantile="0.5"/ { p50 = $2 } /^accords_search_query_seconds\{.*quantile="0.9"/ { p90 = $2 } END { printf "in the index p50 %.2f ms, p90 %.2f ms", p50 * 1000, p90 * 1000 }')
  stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "p50 %.1f ms, p90 %.1f ms", v[int(NR * 0.5)] * 1000, v[int(NR * 0.9)] * 1000 }')
  echo "corpus $corpus: $built; first search (with build) $(awk "BEGIN { print $first * 1000 }") ms;" \
    "used heap after GC ${before} -> ${after}; $SEARCHES uncached searches over HTTP: $stats; $index; load $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
