#!/usr/bin/env bash
# Loading a corpus alone, as bench/run.sh's "loading the corpora" step loads it (issue 15
# §2): on the image's JVM (bench/jvm.sh), the jar extracted with its AOT cache
# (ops/cds-archive.sh), a whole 1g heap from the start and the image's collector, a fresh embedded file store, timed
# from `java` to ready. Prints, per
# run, the wall time, the process's CPU time (user + system, read just before it is
# stopped) and the most heap live after a collection (from the GC log), as bench/run.sh
# reads it, with the most after a collection that ran and after a full one beside it.
# With BASELINE=other.jar the runs alternate with that jar, started the same way (its own
# archive): an A/B of two builds in pairs ("base", "this"), with each pair's ratios.
# BASELINE_ARCHIVE=script: the baseline's archive made by that script instead of
# ops/cds-archive.sh (an A/B of two trainings: `git show REV:ops/cds-archive.sh > old.sh`,
# then BASELINE=the same jar BASELINE_ARCHIVE=old.sh).
# Usage: [BASELINE=a.jar] [JAR=b.jar] [CORPUS=dir] [LOAD_HEAP=1g] [JFR=dir]
#   bench/load-corpus.sh [runs] (default 3)
# Without CORPUS a 100k-statement corpus is generated first (STATEMENTS=100000), with the
# generator's command of bench/run.sh. JFR=dir records each run with the profile settings.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jvm.sh
jar=${JAR:-$(ls target/accords-*.jar | head -1)}
runs=${1:-3}
port=${PORT:-18210}
heap=${LOAD_HEAP:-1g}
baseline=${BASELINE:-}
work=$(mktemp -d /tmp/accords-load.XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
corpus=${CORPUS:-}
if [ -z "$corpus" ]; then
  corpus="$work/corpus"
  "$JAVA" -jar "$jar" generate --statements="${STATEMENTS:-100000}" --out="$corpus" >/dev/null
fi
corpus=$(cd "$corpus" && pwd)
echo "jar $jar${baseline:+, baseline $baseline}; $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
builds=(this)
bash ops/cds-archive.sh "$jar" "$work/this" "$GC" >/dev/null
if [ -n "$baseline" ]; then
  builds=(base this)
  bash "${BASELINE_ARCHIVE:-ops/cds-archive.sh}" "$baseline" "$work/base" "$GC" >/dev/null
fi
tck=$(getconf CLK_TCK)

# load BUILD RUN: prints "ms cpu_ms live_mb"
load() {
  local build=$1 run=$2 store="$work/store-$1-$2"
  mkdir -p "$store"
  local jfr=()
  [ -n "${JFR:-}" ] && jfr=(-XX:StartFlightRecording=settings=profile,filename="$JFR/$build-$run.jfr")
  local t0; t0=$(now_ms)
  "$JAVA" -Xms"$heap" -Xmx"$heap" "$GC" -Xlog:gc:file="$store/gc.log" "${jfr[@]}" \
    @"$work/$build/jvm.args" -jar "$work/$build/accords.jar" \
    --server.port="$port" --accords.store.embedded-path="$store/store.mv" --accords.store.socket-timeout=120s \
    --accords.seed.location="file:$corpus/" >"$store/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "loading failed ($build)" >&2; tail -20 "$store/log" >&2; exit 1; }
    sleep 0.2
  done
  local ms=$(( $(now_ms) - t0 ))
  local ticks; ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  local live; live=$(grep -oE '[0-9]+M->[0-9]+M' "$store/gc.log" | awk -F'[M>-]+' '$2 > m { m = $2 } END { print m + 0 }')
  # bench/run.sh's figure counts a young collection the collector gave up at once (the
  # old generation could not take what it would promote: "906M->906M … 0.2ms", a full
  # collection follows), which frees nothing by design: the most after a collection that
  # ran, and the most after a full one (what was really live), are printed beside it
  local ran; ran=$(grep -oE '[0-9]+M->[0-9]+M' "$store/gc.log" | awk -F'[M>-]+' '$1 != $2 && $2 > m { m = $2 } END { print m + 0 }')
  local full; full=$(grep 'Pause Full' "$store/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | awk -F'[M>-]+' '$2 > m { m = $2 } END { print m + 0 }' || true)
  if [ -n "${LOGS:-}" ]; then cp "$store/log" "$LOGS/$build-$run.log"; cp "$store/gc.log" "$LOGS/$build-$run.gc"; fi
  rm -rf "$store"
  echo "$ms $(( ticks * 1000 / tck )) $live $ran $full"
}

for run in $(seq 1 "$runs"); do
  declare -A got=()
  for build in "${builds[@]}"; do
    got[$build]=$(load "$build" "$run")
    read -r ms cpu live ran full <<<"${got[$build]}"
    echo "run $run $build: $ms ms wall, $cpu ms CPU, $live MB live at most ($ran MB after a collection that ran, $full MB after a full one; load average $(cut -d' ' -f1 /proc/loadavg))"
  done
  if [ -n "$baseline" ]; then
    read -r bms bcpu blive _ _ <<<"${got[base]}"
    read -r tms tcpu tlive _ _ <<<"${got[this]}"
    echo "pair $run: this/base wall $(awk -v a="$tms" -v b="$bms" 'BEGIN { printf "%.2f", a / b }'), CPU $(awk -v a="$tcpu" -v b="$bcpu" 'BEGIN { printf "%.2f", a / b }'), live $(awk -v a="$tlive" -v b="$blive" 'BEGIN { printf "%.2f", a / b }')"
  fi
  unset got
done
