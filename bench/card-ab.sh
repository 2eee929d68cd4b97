#!/usr/bin/env bash
# The embeddable card served from cache (/embed/statement/{id}), two builds side by side:
# BASELINE=a.jar against JAR=b.jar (default: target/accords-*.jar), both serving the
# built-in seed from memory, each pinned to core 1 (wrk on core 0), warmed alternately at
# 16 connections (WARM rounds of 4 s) until the JIT has settled, then ROUNDS alternating
# rounds of 5 s at one connection; prints each round's CPU per request (user + system of
# the server, from /proc) and each pair's ratio. For a card figure of bench/run.sh that
# moved from one run to the next: is it the build or the machine?
# Usage: BASELINE=a.jar [JAR=b.jar] [ROUNDS=5] [WARM=14] bench/card-ab.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$(ls target/accords-*.jar | head -1)}
baseline=${BASELINE:?BASELINE=the jar to compare with}
rounds=${ROUNDS:-5}
warm=${WARM:-14}
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() { # jar port
  taskset -c 1 java -Xms512m -Xmx512m -XX:+UseSerialGC -jar "$1" --server.port="$2" \
    --accords.store.embedded-mode=memory --accords.dataset.refresh-interval=1h \
    --accords.rate-limit.exempt-loopback=true --accords.export.measure-sizes=false >/dev/null 2>&1 &
  pids+=($!)
}
start "$baseline" 18601
start "$jar" 18602
for port in 18601 18602; do
  for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
done
id=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"{ statements(first: 1) { edges { node { id } } } }"}' \
  localhost:18601/graphql | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["statements"]["edges"][0]["node"]["id"])')
echo "card /embed/statement/$id: $(curl -sf "localhost:18601/embed/statement/$id" | wc -c) and $(curl -sf "localhost:18602/embed/statement/$id" | wc -c) bytes"
for _ in $(seq 1 "$warm"); do
  for port in 18601 18602; do taskset -c 0 wrk -t1 -c16 -d4s "http://127.0.0.1:$port/embed/statement/$id" >/dev/null; done
done
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for round in $(seq 1 "$rounds"); do
  line="round $round:"
  declare -A us=()
  for side in base:0:18601 this:1:18602; do
    IFS=: read -r name index port <<<"$side"
    before=$(cpu "${pids[$index]}")
    requests=$(taskset -c 0 wrk -t1 -c1 -d5s "http://127.0.0.1:$port/embed/statement/$id" | awk '/requests in/ {print $1}')
    after=$(cpu "${pids[$index]}")
    us[$name]=$(python3 -c "print(round(($after - $before) * 1e6 / $(getconf CLK_TCK) / $requests, 1))")
    line="$line $name ${us[$name]} µs/req ($requests requests);"
  done
  echo "$line this/base $(python3 -c "print(round(${us[this]} / ${us[base]}, 2))")"
done
