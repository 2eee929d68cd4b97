#!/usr/bin/env bash
# Load test against the packaged jar on 127.0.0.1 only: CLIENTS concurrent clients for
# SECONDS seconds mixing valid queries (each answer checked), invalid and oversized
# requests (each refusal checked); then compares the heap after a full GC before and after
# the load. Fails on any 5xx other than 503, any wrong answer, or heap growth over 20 MB.
# Usage: ./mvnw -DskipTests package && bench/load-test.sh [clients=50] [seconds=60]
# Needs a JDK (java, jcmd) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
seconds=${2:-60}
key=load-test-key-$RANDOM$RANDOM
. bench/serve.sh
# valid requests use a partner key with a budget no test can spend; anonymous ones keep the
# default budget and may be answered 429
JAVA_OPTS="-Xmx512m" start_server --accords.rate-limit.partners.loadtest.key="$key" \
  --accords.rate-limit.partners.loadtest.capacity=1000000000

heap_used() {
  jcmd "$server_pid" GC.run >/dev/null
  sleep 2
  jcmd "$server_pid" GC.run >/dev/null
  jcmd "$server_pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2}') GiB; date: $(date -u +%F)"
# warm up, so that the first figure is not of classes loading
java bench/LoadTest.java "$base" 8 5 "$key" >/dev/null || true
before=$(heap_used)
status=0
java bench/LoadTest.java "$base" "$clients" "$seconds" "$key" || status=$?
sleep 5
after=$(heap_used)
echo "heap used after full GC: before ${before} KB, after ${after} KB, growth $(( (after - before) / 1024 )) MB"
if [ $(( after - before )) -gt 20480 ]; then echo "FAILED: heap grew more than 20 MB"; status=1; fi
if grep -qE ' ERROR |OutOfMemoryError' "$log"; then echo "server log errors:"; grep -E ' ERROR |OutOfMemoryError' "$log" | head -5; fi
exit $status
