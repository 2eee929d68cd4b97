#!/usr/bin/env bash
# Time from `java` to the first answered GraphQL query, and the process's CPU time by
# then, started as the Dockerfile starts it (on its JVM, bench/jvm.sh; the jar extracted,
# with the AOT cache of ops/cds-archive.sh) and, alternating with it, as a plain `java -jar`.
# Without STORE: with the embedded store in a fresh data folder (cold: the built-in seed is
# loaded) and again on the same folder (warm). With STORE=file.mv (a store closed cleanly,
# with its .closed and .version records) and SEED=folder (the seed it was loaded from):
# each start opens a fresh copy of that store, with the JVM flags and arguments of
# bench/run.sh's servers (-Xms512m -Xmx512m, the image's collector, the bench profile), as they
# start (the 100k figure of issue 15: `java -jar target/accords-*.jar generate
# --statements=100000 --out=DIR`, load it once, stop the server, then pass STORE and SEED).
# BASELINE=other.jar: instead of the plain `java -jar`, alternate with that jar started the
# same way (extracted, its own archive): an A/B of two builds, run by run ("base", "this").
# BASELINE_JAVA=/path/to/bin/java: alternate with this jar on that JVM instead (its own
# archive, made by that JVM): an A/B of two JVMs ("base" on BASELINE_JAVA, "this" on JAVA).
# BASELINE_ARCHIVE=script: the baseline's archive made by that script instead of
# ops/cds-archive.sh (an A/B of two trainings of the same jar).
# LOGS=dir keeps each start's log there (run-N-how.log).
# Usage: [CPU=1] [STORE=... SEED=...] [BASELINE=... | BASELINE_JAVA=...] bench/startup.sh [runs]
# (default 3).
# Needs the jar: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jvm.sh
jar=$(ls target/accords-*.jar | head -1)
runs=${1:-3}
port=${PORT:-18080}
cpu=${CPU:-}
baseline=${BASELINE:-}
base_java=${BASELINE_JAVA:-$JAVA}
[ -n "${BASELINE_JAVA:-}" ] && [ -z "$baseline" ] && baseline=$jar
logs=${LOGS:-}
query='{"query":"{ statements(first: 1) { totalCount } }"}'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jvm=()
server=(--server.port="$port" --accords.store.embedded-path="$work/data/accords.mv")
if [ -n "${STORE:-}" ]; then
  # bench/run.sh's servers: its heap, collector and arguments
  jvm=(-Xms512m -Xmx512m "$GC")
  server+=("${SERVER_ARGS[@]}")
fi
bash ops/cds-archive.sh "$jar" "$work/app" "${jvm[@]}" >/dev/null
[ -n "$baseline" ] && JAVA="$base_java" bash "${BASELINE_ARCHIVE:-ops/cds-archive.sh}" "$baseline" "$work/base" "${jvm[@]}" >/dev/null
pin=(); [ -n "$cpu" ] && pin=(taskset -c "$cpu")
[ -n "${SEED:-}" ] && server+=(--accords.seed.location="file:${SEED%/}/")
[ -n "$logs" ] && mkdir -p "$logs"

# measure jar|archive|base|this LOG: prints "wall_ms cpu_ms"
measure() {
  local start end pid ticks
  local how=(-jar "$jar") java=$JAVA
  case "$1" in
    archive | this) how=(@"$work/app/jvm.args" -jar "$work/app/accords.jar") ;;
    base) how=(@"$work/base/jvm.args" -jar "$work/base/accords.jar") java=$base_java ;;
  esac
  if [ -n "${STORE:-}" ]; then
    rm -rf "$work/data"; mkdir -p "$work/data"
    cp "$STORE" "$work/data/accords.mv"
    for record in version closed; do
      [ -f "$STORE.$record" ] && cp "$STORE.$record" "$work/data/accords.mv.$record"
    done
    sync "$work/data/accords.mv"
  fi
  start=$(date +%s%N)
  "${pin[@]}" "$java" "${jvm[@]}" "${how[@]}" "${server[@]}" >"$2" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q totalCount; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$2" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
}

echo "java: $("$JAVA" -version 2>&1 | head -1)${BASELINE_JAVA:+, base on $("$base_java" -version 2>&1 | head -1)}; cores: $(nproc)${cpu:+ (server on core $cpu)}; load: $(cut -d' ' -f1 /proc/loadavg); date: $(date -u +%F)"
hows=(jar archive); [ -n "$baseline" ] && hows=(base this)
for i in $(seq "$runs"); do
  for how in "${hows[@]}"; do
    log="$work/log"; [ -n "$logs" ] && log="$logs/run-$i-$how.log"
    if [ -n "${STORE:-}" ]; then
      read -r wall used < <(measure "$how" "$log")
      echo "run $i $how: stored dataset, first answered query ${wall} ms, cpu ${used} ms (load $(cut -d' ' -f1 /proc/loadavg))"
    else
      rm -rf "$work/data"
      read -r cold cold_cpu < <(measure "$how" "$log")
      read -r warm warm_cpu < <(measure "$how" "$log")
      echo "run $i $how: cold start to first answer ${cold} ms (cpu ${cold_cpu} ms), warm ${warm} ms (cpu ${warm_cpu} ms)"
    fi
  done
done
