#!/usr/bin/env bash
# Reruns the denial-of-service and cache-filling attacks of issue 9 (items 1, 3, 4, 5)
# against the packaged jar on 127.0.0.1 only, on the generator's 20k-statement corpus,
# served with -Xmx512m -XX:+ExitOnOutOfMemoryError from an embedded file store in a temp
# folder. Twice: with loopback exempt from the rate limit (so the attacks reach execution)
# and with the defaults (what an anonymous attacker gets). A bystander with a partner key
# asks a small question every 200 ms during each attack (bench/AttackRerun.java).
# Writes the table rows to stdout and to $OUT (default a temp file); columns: run,
# attack, requests sent and answers (and the slowest 503 TIMEOUT), server CPU in the 2 s after
# the attack's last answer, bystander requests, their p99 and max in ms, bystander
# failures, heap after full GC before and after in MB, change, alive, pass (alive, health 200,
# no bystander failure, no bystander wait over the 10 s timeout + 1 s), load average.
# Needs the jar first: ./mvnw -o -B -ntp -DskipTests package
# Usage: bench/attack-rerun.sh   (env: ATTACK_SECONDS=60 ATTACKS="deep ..." RUNS="exempt defaults")
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then echo "no jar: run ./mvnw -o -B -ntp -DskipTests package first" >&2; exit 2; fi
for tool in java jcmd curl; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done
ATTACKS=${ATTACKS:-"deep deep-admitted long-terms allowed-terms persisted-large persisted-allowed repeated-long repeated-allowed"}
RUNS=${RUNS:-"exempt defaults"}
OUT=${OUT:-$(mktemp /tmp/accords-attack-rows.XXXXXX)}
port=${PORT:-18090}
base="http://127.0.0.1:$port"
key=bystander-key-$RANDOM$RANDOM
work=$(mktemp -d /tmp/accords-attacks.XXXXXX)
server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=
}
trap 'stop_server; rm -rf "$work"' EXIT

echo "== corpus: 20,000 synthetic statements"
java -jar "$jar" generate --statements=20000 --out="$work/corpus" >/dev/null

# start NAME ARGS...: the served jar; the first start loads the corpus into the file store
start_server() {
  local name=$1; shift
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --accords.seed.location="file:$work/corpus/" --accords.store.embedded-path="$work/data/accords.mv" \
    --accords.rate-limit.partners.bystander.key="$key" --accords.export.measure-sizes=false \
    "$@" >"$work/$name.log" 2>&1 &
  server_pid=$!
  local t0=$SECONDS
  until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "server $name died at startup" >&2; tail -30 "$work/$name.log" >&2; exit 1; fi
    if (( SECONDS - t0 > 600 )); then echo "server $name not ready in 600 s" >&2; exit 1; fi
    sleep 0.5
  done
  # the first query of a version measures its list bounds (store/DatasetShapes): do it before measuring
  curl -sf -o /dev/null -H 'Content-Type: application/json' -H "X-API-Key: $key" \
    -d '{"query":"{ statements(first: 1) { totalCount } }"}' "$base/graphql"
  echo "   $name ready in $(( SECONDS - t0 )) s (pid $server_pid)"
}

: >"$OUT"
for run in $RUNS; do
  case $run in
    exempt) extra=(--accords.rate-limit.exempt-loopback=true) ;;
    defaults) extra=() ;;
    *) echo "unknown run $run" >&2; exit 2 ;;
  esac
  echo "== $run: ${extra[*]:-defaults}"
  start_server "$run" "${extra[@]}"
  for attack in $ATTACKS; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    row=$(java bench/AttackRerun.java "$base" "$server_pid" "$attack" 10 "$key" "$run" || echo "| $run | $attack | probe failed |")
    row="$row $load |"
    echo "$row" | tee -a "$OUT"
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "   the instance died during $attack; log tail:" | tee -a "$OUT"
      tail -20 "$work/$run.log" | sed 's/^/    /' | tee -a "$OUT"
      start_server "$run-restarted" "${extra[@]}"
    fi
  done
  echo "   log lines: $(wc -l <"$work/$run.log"), ERROR lines: $(grep -c ' ERROR ' "$work/$run.log" || true), WARN lines: $(grep -c ' WARN ' "$work/$run.log" || true)" | tee -a "$OUT"
  grep -E ' (ERROR|WARN) ' "$work/$run.log" | cut -c1-220 | sort | uniq -c | sort -rn | head -8 | sed 's/^/    /' | tee -a "$OUT" || true
  stop_server
done
