#!/usr/bin/env bash
# CPU of gzip per GraphQL answer (bench/GzipCost.java), for the jar given, on core 1: the
# answers are files saved as the server sends them without gzip, e.g.
#   curl -s -o typical.json -H 'Content-Type: application/json' -d @typical-request.json $base/graphql
#   curl -s -o page.csv -H 'Accept: text/csv' -H 'Content-Type: application/json' -d @csv-request.json $base/graphql
# Usage: bench/gzip-cost.sh JAR ANSWER_FILE... (env ROUNDS=15)
set -euo pipefail
jar=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'BOOT-INF/*')
cp="$work/BOOT-INF/classes:$work/BOOT-INF/lib/*"
javac -nowarn -proc:none -d "$work/bench" -cp "$cp" "$(dirname "$0")/GzipCost.java"
taskset -c 1 java -Xmx256m -XX:+UseSerialGC -cp "$work/bench:$cp" org.accords.http.GzipCost "${ROUNDS:-15}" "$@"
