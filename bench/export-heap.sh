#!/usr/bin/env bash
# Exports stream: generate a synthetic corpus, load it into a fresh embedded file store
# with a generous heap, then serve it from a JVM with a small heap (as a second instance
# would) and download every statement as CSV. Prints rows, bytes, time and the largest
# live heap after a GC while the download ran.
# Usage: bench/export-heap.sh [statements] [heap] (default 100000 128m). Needs the jar:
# ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar | head -1)
statements=${1:-100000}
heap=${2:-128m}
port=${PORT:-18084}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=

ready() {
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then tail -20 "$work/log"; exit 1; fi
    sleep 0.5
  done
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); date: $(date -u +%F)"
java -jar "$jar" generate --statements="$statements" --out="$work/corpus"
start=$(date +%s%N)
java -jar "$jar" --server.port="$port" --accords.seed.location="file:$work/corpus/" \
  --accords.store.embedded-path="$work/store/accords.mv" --accords.export.measure-sizes=false >"$work/log" 2>&1 &
pid=$!
ready
echo "loaded $statements statements in $(( ($(date +%s%N) - start) / 1000000 )) ms (startup included)"
kill "$pid"; wait "$pid" 2>/dev/null || true

java "-Xmx$heap" "-Xlog:gc:file=$work/gc.log" -jar "$jar" --server.port="$port" --accords.seed.load-on-startup=false \
  --accords.store.embedded-path="$work/store/accords.mv" --accords.export.measure-sizes=false >"$work/log" 2>&1 &
pid=$!
ready
before=$(wc -l <"$work/gc.log")
start=$(date +%s%N)
curl -sf -o "$work/statements.csv" "http://127.0.0.1:$port/data/statements.csv"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))) - 1)" "$work/statements.csv")
bytes=$(stat -c %s "$work/statements.csv")
peak=$(tail -n +"$before" "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M' | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
echo "-Xmx$heap: statements.csv $rows rows, $bytes bytes in $ms ms; largest live heap after GC during the download ${peak:-?} MB"
if grep -q OutOfMemoryError "$work/log"; then echo "OutOfMemoryError"; exit 1; fi
