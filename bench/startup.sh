#!/usr/bin/env bash
# Time from `java -jar` to the first answered GraphQL query, with the embedded store in a
# fresh data folder (cold: the seed is loaded) and again on the same folder (warm: the
# dataset is already there). Usage: bench/startup.sh [runs] (default 3). Needs the jar:
# ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar | head -1)
runs=${1:-3}
port=${PORT:-18080}
query='{"query":"{ statements(first: 1) { totalCount } }"}'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
  local start end pid
  start=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --accords.store.embedded-path="$work/data/accords.mv" >"$work/log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q totalCount; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/log"; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); date: $(date -u +%F)"
for i in $(seq "$runs"); do
  rm -rf "$work/data"
  cold=$(measure)
  warm=$(measure)
  echo "run $i: cold start to first answered query ${cold} ms, warm ${warm} ms"
done
