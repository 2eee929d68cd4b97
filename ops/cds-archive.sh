#!/usr/bin/env bash
# Usage: [JAVA=java] ops/cds-archive.sh JAR DIR [JVM options...]
# Extracts the Spring Boot jar JAR into DIR (DIR/accords.jar, its libraries in DIR/lib/)
# and writes an archive of what a restart loads, with DIR/jvm.args, the option that uses
# it. Start the result with the same JVM and JVM options:
#   java @DIR/jvm.args [JVM options...] -jar DIR/accords.jar ...
# On a JVM that has an AOT cache (JDK 25 and later: -XX:AOTCacheOutput) the archive is
# one (DIR/accords.aot: classes loaded and linked ahead, and the training's method
# profiles); on older JVMs a class-data sharing archive (DIR/accords.jsa).
# The training is a restart as production makes one: a first start loads the built-in
# seed into a throwaway store; a second start opens that store (the seed unchanged),
# answers the queries below and is stopped, and the archive is written as it exits.
# An archive serves only the JVM build that wrote it, the same jar paths and the same
# collector: make it where it runs (the Dockerfile does, in the runtime image; bench/ does,
# in its work folders), with the JVM options given after DIR (e.g. -XX:+UseParallelGC). A JVM
# that cannot use it says so and starts without it.
set -euo pipefail
jar=$1 dir=$2; shift 2
java=${JAVA:-java}
rm -rf "$dir/lib" "$dir/accords.jar" "$dir/accords.jsa" "$dir/accords.aot" "$dir/jvm.args"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir" --application-filename accords.jar
train=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$train"' EXIT

# request METHOD PATH [JSON]: the response, over bash's /dev/tcp (the runtime image has
# no curl)
request() {
  local body=${3:-}
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %s\r\n\r\n%s' \
    "$1" "$2" "${#body}" "$body" >&3
  cat <&3
  exec 3<&-
}

# start LOG [JVM options...]: starts the jar on a free port, sets pid and port, returns
# once the dataset is served (readiness UP)
start() {
  local log=$1; shift
  "$java" "$@" -jar "$dir/accords.jar" --server.port=0 --accords.store.embedded-path="$train/accords.mv" \
    --accords.export.measure-sizes=false >"$log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 1200); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
    [ -n "$port" ] || port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
    if [ -n "$port" ] && request GET /actuator/health/readiness 2>/dev/null | head -1 | grep -q ' 200'; then
      return
    fi
    sleep 0.5
  done
  echo "cds-archive: the training start was not ready within 10 minutes" >&2; tail -30 "$log" >&2; exit 1
}

stop() {
  kill "$pid"
  wait "$pid" || true
  pid=
}

start "$train/load.log" "$@"
stop
if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  archive="$dir/accords.aot"
  output=(-XX:AOTCacheOutput="$archive")
  echo "-XX:AOTCache=$archive" >"$dir/jvm.args"
else
  archive="$dir/accords.jsa"
  output=(-XX:ArchiveClassesAtExit="$archive")
  echo "-XX:SharedArchiveFile=$archive" >"$dir/jvm.args"
fi
# warnings about classes an archive cannot hold (generated accessors) are expected
start "$train/train.log" "${output[@]}" "$@"
for query in \
  '{ statements(first: 20, orderBy: {field: SAID_ON, direction: DESC}) { totalCount edges { cursor node { id kind text saidOn speaker { id name } areas { id name } evidence { start end excerpt article { id publisher } } } } pageInfo { hasNextPage endCursor } } }' \
  '{ statements(first: 5, filter: {text: \"drone\"}) { edges { node { id text } } } }' \
  '{ search(text: \"drone\", first: 20) { totalCount edges { node { __typename ... on Statement { id text speaker { name } } ... on Person { id name } } } } }' \
  '{ agreements(first: 1) { edges { node { id title signedOn parties { code } signatories { role person { name } organization { name } onBehalfOf { code } } } } } }' \
  '{ people(first: 10) { edges { node { id name } } } }'; do
  request POST /graphql "{\"query\":\"$query\"}" | grep -q '"data"' \
    || { echo "cds-archive: a training query failed: $query" >&2; request POST /graphql "{\"query\":\"$query\"}" >&2; exit 1; }
done
stop
[ -s "$archive" ] || { echo "cds-archive: no archive written" >&2; tail -30 "$train/train.log" >&2; exit 1; }
echo "cds-archive: $archive ($(du -h "$archive" | cut -f1)) for $("$java" -version 2>&1 | head -1)"
