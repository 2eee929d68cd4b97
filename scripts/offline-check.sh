#!/usr/bin/env bash
# GraphiQL with the network cut off: runs the packaged jar and headless Chromium inside a
# fresh network namespace that has only loopback, then drives GraphiQL (check-graphiql.mjs).
# Needs root (unshare), Debian's chromium, `npm ci` in scripts/ and the jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar | head -1)
exec unshare --net bash -c '
  set -euo pipefail
  ip link set lo up
  data=$(mktemp -d)
  java -jar "'"$jar"'" --accords.store.embedded-path="$data/accords.mv" >"$data/log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null; rm -rf $data" EXIT
  until curl -sf http://127.0.0.1:8080/actuator/health/readiness >/dev/null; do sleep 0.2; done
  echo "outside reachable from here? $(curl -s -m 3 -o /dev/null -w %{http_code} https://repo.maven.apache.org/ || echo no)"
  BASE_URL=http://127.0.0.1:8080 node scripts/check-graphiql.mjs
'
