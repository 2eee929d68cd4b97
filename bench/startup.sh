#!/usr/bin/env bash
# Time from `java` to the first answered GraphQL query, and the process's CPU time by
# then, started as the Dockerfile starts it (the jar extracted, with a class-data sharing
# archive: ops/cds-archive.sh) and, alternating with it, as a plain `java -jar`.
# Without STORE: with the embedded store in a fresh data folder (cold: the built-in seed is
# loaded) and again on the same folder (warm). With STORE=file.mv (a store closed cleanly,
# with its .closed and .version records) and SEED=folder (the seed it was loaded from):
# each start opens a fresh copy of that store, as bench/run.sh's servers do (the 100k
# figure of issue 15: `java -jar target/accords-*.jar generate --statements=100000 --out=DIR`,
# load it once, stop the server, then pass STORE and SEED).
# Usage: [CPU=1] [STORE=... SEED=...] bench/startup.sh [runs] (default 3).
# Needs the jar: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar | head -1)
runs=${1:-3}
port=${PORT:-18080}
cpu=${CPU:-}
query='{"query":"{ statements(first: 1) { totalCount } }"}'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash ops/cds-archive.sh "$jar" "$work/app" >/dev/null
pin=(); [ -n "$cpu" ] && pin=(taskset -c "$cpu")
server=(--server.port="$port" --accords.store.embedded-path="$work/data/accords.mv")
[ -n "${SEED:-}" ] && server+=(--accords.seed.location="file:${SEED%/}/")

# measure jar|cds: prints "wall_ms cpu_ms"
measure() {
  local start end pid ticks
  local how=(-jar "$jar")
  [ "$1" = cds ] && how=(-XX:SharedArchiveFile="$work/app/accords.jsa" -jar "$work/app/accords.jar")
  if [ -n "${STORE:-}" ]; then
    rm -rf "$work/data"; mkdir -p "$work/data"
    cp "$STORE" "$work/data/accords.mv"
    for record in version closed; do
      [ -f "$STORE.$record" ] && cp "$STORE.$record" "$work/data/accords.mv.$record"
    done
  fi
  start=$(date +%s%N)
  "${pin[@]}" java "${how[@]}" "${server[@]}" >"$work/log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q totalCount; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)${cpu:+ (server on core $cpu)}; load: $(cut -d' ' -f1 /proc/loadavg); date: $(date -u +%F)"
for i in $(seq "$runs"); do
  for how in jar cds; do
    if [ -n "${STORE:-}" ]; then
      read -r wall used < <(measure "$how")
      echo "run $i $how: stored dataset, first answered query ${wall} ms, cpu ${used} ms"
    else
      rm -rf "$work/data"
      read -r cold cold_cpu < <(measure "$how")
      read -r warm warm_cpu < <(measure "$how")
      echo "run $i $how: cold start to first answered query ${cold} ms (cpu ${cold_cpu} ms), warm ${warm} ms (cpu ${warm_cpu} ms)"
    fi
  done
done
