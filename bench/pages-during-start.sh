#!/usr/bin/env bash
# Pages asked for while a server with a large stored corpus starts and measures its
# downloads (the default: accords.export.measure-sizes=true): each JAR in turn is started
# on a fresh copy of STORE, and once ready it is asked for a new (uncached) page of 5
# statements with their speakers and areas every 0.3 s for PROBE_SECONDS; prints how many were
# answered without errors, the latency percentiles and each answer slower than 0.5 s. With
# HOGS=n, n busy loops share the machine's cores meanwhile (a loaded machine or a CPU-
# throttled container: what made the embedded store's whole-collection reads fail pages).
# Usage: STORE=large.mv CORPUS=dir [HOGS=10] [PROBE_SECONDS=150] bench/pages-during-start.sh A.jar [B.jar ...]
set -euo pipefail
cd "$(dirname "$0")/.."
store=${STORE:?a loaded embedded store file (STORE=…)}
corpus=${CORPUS:?the corpus it was loaded from (CORPUS=…)}
seconds=${PROBE_SECONDS:-150}
port=${PORT:-18900}
mport=$((port + 1))
work=$(mktemp -d /tmp/accords-probe.XXXXXX)
hogs=()
cleanup() {
  for h in "${hogs[@]}"; do kill "$h" 2>/dev/null || true; done
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 "${HOGS:-0}"); do
  (while :; do :; done) &
  hogs+=($!)
done
echo "$(nproc) cores, ${HOGS:-0} busy loops, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
for jar in "$@"; do
  cp "$store" "$work/store.mv"
  java -Xmx1g -jar "$jar" --server.port="$port" --management.server.port="$mport" \
    --accords.store.embedded-path="$work/store.mv" --accords.seed.location="file:$(cd "$corpus" && pwd)/" \
    >"$work/log" 2>&1 &
  pid=$!
  t0=$(date +%s)
  until curl -sf "localhost:$mport/actuator/health/readiness" >/dev/null; do sleep 1; done
  echo "$jar: ready after $(($(date +%s) - t0)) s"
  ok=0 failed=0
  : >"$work/latencies"
  end=$(($(date +%s) + seconds))
  while [ "$(date +%s)" -lt "$end" ]; do
    query="{ t$(date +%s%N): __typename statements(first: 5) { edges { node { text speaker { name } areas { name } } } } }"
    read -r code took < <(curl -s -o "$work/answer" -w '%{http_code} %{time_total}\n' "localhost:$port/graphql" \
      -H 'Content-Type: application/json' -d "{\"query\":\"$query\"}")
    if [ "$code" = 200 ] && ! grep -q '"errors"' "$work/answer"; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
    echo "$took" >>"$work/latencies"
    awk -v t="$took" -v s=$(($(date +%s) - t0)) 'BEGIN { if (t > 0.5) printf "  %d s after launch: %.2f s\n", s, t }'
    sleep 0.3
  done
  sort -n "$work/latencies" | awk -v ok=$ok -v failed=$failed \
    '{ a[NR] = $1 } END { printf "  %d answered, %d failed; p50 %.3f s, p90 %.3f s, max %.3f s\n", ok, failed, a[int(NR * 0.5) + 1], a[int(NR * 0.9)], a[NR] }'
  grep -h "Measured the downloads" "$work/log" | sed 's/.*: /  /' || echo "  downloads not measured yet"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
