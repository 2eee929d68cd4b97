#!/usr/bin/env bash
# The scale-out topology on loopback, without Docker: three API JVMs on one embedded store
# (the first hosts it, the others connect to its port) behind nginx from Debian's packages
# (apt-get install nginx), as in ops/compose. It publishes a new dataset version through one
# instance (restarted with changed seed files) and checks that all three instances and the
# proxy serve it within refresh-interval + max-age.
# Usage: ops/topology-check.sh   (needs the jar: ./mvnw -DskipTests package; curl, nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/accords-*.jar | head -1)
base=${BASE_PORT:-19400}
refresh=1 # seconds: accords.dataset.refresh-interval
max_age=5 # seconds: accords.http.max-age
work=$(mktemp -d)
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	[[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

common=(--accords.dataset.refresh-interval="${refresh}s" --accords.http.max-age="${max_age}s"
	--accords.rate-limit.enabled=false)
start() { # name port args...
	local name=$1 port=$2
	shift 2
	java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$jar" --server.port="$port" "${common[@]}" "$@" >"$work/$name.log" 2>&1 &
	pids+=($!)
	echo "$name: pid $! port $port"
}
ready() { # port
	for _ in $(seq 600); do
		curl -sf "http://127.0.0.1:$1/actuator/health/readiness" | grep -q '"UP"' && return 0
		sleep 0.2
	done
	echo "instance on port $1 never became ready" >&2
	exit 1
}
version() { # url
	curl -sf -H 'Accept: application/json' "$1/graphql?query=%7Bdataset%7Bversion%7D%7D" |
		sed -n 's/.*"version":"\([^"]*\)".*/\1/p'
}

start a "$base" --accords.store.embedded-mode=memory
ready "$base"
store=$(sed -n 's/.*Store: embedded MongoDB.* on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/a.log" | head -1)
uri="--spring.mongodb.uri=mongodb://127.0.0.1:$store/accords"
start b $((base + 1)) "$uri" --accords.seed.load-on-startup=false
start c $((base + 2)) "$uri" --accords.seed.load-on-startup=false
ready $((base + 1))
ready $((base + 2))

proxy=$((base + 10))
mkdir -p "$work/cache" "$work/tmp"
# nginx workers run as an unprivileged user
chmod 755 "$work"
chmod 777 "$work/cache" "$work/tmp"
cat >"$work/nginx.conf" <<CONF
daemon on;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  proxy_cache_path $work/cache levels=1:2 keys_zone=accords:10m max_size=64m inactive=10m use_temp_path=off;
  upstream accords { server 127.0.0.1:$base; server 127.0.0.1:$((base + 1)); server 127.0.0.1:$((base + 2)); }
  server {
    listen 127.0.0.1:$proxy;
    location / {
      proxy_pass http://accords;
      proxy_cache accords;
      proxy_cache_key "\$scheme\$request_method\$host\$request_uri\$http_accept";
      proxy_cache_revalidate on;
      add_header X-Cache-Status \$upstream_cache_status always;
    }
  }
}
CONF
nginx -c "$work/nginx.conf"
proxied="http://127.0.0.1:$proxy"

old=$(version "http://127.0.0.1:$base")
for url in "http://127.0.0.1:$((base + 1))" "http://127.0.0.1:$((base + 2))" "$proxied"; do
	[[ "$(version "$url")" == "$old" ]] || { echo "$url does not serve $old" >&2; exit 1; }
done
echo "all serve version $old; the proxy caches it: $(curl -s -D - -o /dev/null -H 'Accept: application/json' "$proxied/graphql?query=%7Bdataset%7Bversion%7D%7D" | grep -i x-cache-status | tr -d '\r')"

# publish through instance c: restarted on changed seed files
cp -r seed-data "$work/seed"
sed -i 's/occasion: press conference/occasion: news conference/' "$work/seed/curated/000_f63eb9d75a69187d.yaml"
kill "${pids[2]}"
wait "${pids[2]}" 2>/dev/null || true
published_at=$(date +%s%N)
start c2 $((base + 2)) "$uri" --accords.seed.location="file:$work/seed/"
ready $((base + 2))
new=$(version "http://127.0.0.1:$((base + 2))")
[[ -n "$new" && "$new" != "$old" ]] || { echo "no new version published" >&2; exit 1; }
published_at=$(date +%s%N) # the version is served by its publisher from here
echo "published $new through c"

limit_ms=$(((refresh + max_age) * 1000 + 1000)) # plus a second for polling and nginx
for url in "http://127.0.0.1:$base" "http://127.0.0.1:$((base + 1))" "$proxied"; do
	until [[ "$(version "$url")" == "$new" ]]; do
		elapsed=$((($(date +%s%N) - published_at) / 1000000))
		if ((elapsed > limit_ms)); then
			echo "FAIL: $url still serves $old after ${elapsed} ms (limit ${limit_ms} ms)" >&2
			exit 1
		fi
		sleep 0.1
	done
	echo "$url serves $new after $((($(date +%s%N) - published_at) / 1000000)) ms"
done
echo "PASS: all three instances and the proxy serve $new within refresh-interval + max-age (${refresh} s + ${max_age} s)"
