# Sourced by load-test.sh and security-probe.sh: starts the packaged jar on loopback with
# the embedded store in memory, waits until it answers, and stops it on exit.
# Needs the jar: ./mvnw -DskipTests package
jar=$(ls target/accords-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ]; then echo "no jar: run ./mvnw -DskipTests package first" >&2; exit 2; fi
port=${PORT:-18080}
base="http://127.0.0.1:$port"
log=$(mktemp)
server_pid=

start_server() {
  java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --accords.store.embedded-mode=memory "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 600); do
    if curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  echo "server did not become ready in 60 s" >&2; cat "$log" >&2; exit 1
}

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}

trap 'stop_server; rm -f "$log"' EXIT
