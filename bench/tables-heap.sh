#!/usr/bin/env bash
# The heap a served version holds, query tables included: starts each jar in turn on one
# loaded embedded file store (nothing loaded, -Xmx1g), waits until its query tables are
# read and 20 s more, then takes a class histogram (jcmd GC.class_histogram, which runs a
# full collection first) and prints its total (live heap) and the list classes' lines.
# Usage: bench/tables-heap.sh STORE_FILE JAR... (a store loaded as bench/export-heap.sh
# loads one: java -jar JAR --accords.seed.location=file:CORPUS/
# --accords.store.embedded-path=STORE_FILE). PORT (default 18551), KEEP=dir keeps the
# histograms and logs there.
set -euo pipefail
store=$1
shift
port=${PORT:-18551}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
echo "java $(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
for jar in "$@"; do
  name=$(basename "$jar" .jar)
  log="$work/$name.log"
  java -Xmx1g -jar "$jar" --server.port="$port" --accords.seed.load-on-startup=false \
    --accords.store.embedded-path="$store" --accords.export.measure-sizes=false >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null \
    && grep -q "Query tables of dataset version" "$log"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
    sleep 1
  done
  sleep 20
  grep -o "Query tables of dataset version.*" "$log"
  jcmd "$pid" GC.class_histogram >"$work/$name.histogram"
  echo "$name: live heap $(tail -1 "$work/$name.histogram" | awk '{print $3}') bytes in $(tail -1 "$work/$name.histogram" | awk '{print $2}') objects"
  grep -E 'java\.util\.ArrayList |ImmutableCollections\$List(N|12) |\[Ljava\.lang\.Object; ' "$work/$name.histogram" || true
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
done
