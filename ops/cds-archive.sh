#!/usr/bin/env bash
# Usage: ops/cds-archive.sh JAR DIR
# Extracts the Spring Boot jar JAR into DIR (DIR/accords.jar, its libraries in DIR/lib/)
# and writes DIR/accords.jsa: a class-data sharing (CDS) archive of the classes a start
# loads, from a training run that exits once the application context is refreshed
# (-Dspring.context.exit=onRefresh: nothing is served, no seed is loaded; the embedded
# store of the run is a throwaway file). Start the result with
#   java -XX:SharedArchiveFile=DIR/accords.jsa -jar DIR/accords.jar ...
# An archive serves only the JVM build that wrote it and the same jar paths: make it
# where it runs (the Dockerfile does, in the runtime image; bench/run.sh does, in its work
# folder). With another JVM or other paths the JVM starts without it, as before.
# Extra arguments after DIR go to the training run's JVM (e.g. -Xmx512m).
set -euo pipefail
jar=$1 dir=$2; shift 2
rm -rf "$dir/lib" "$dir/accords.jar" "$dir/accords.jsa"
mkdir -p "$dir"
java -Djarmode=tools -jar "$jar" extract --force --destination "$dir" --application-filename accords.jar
train=$(mktemp -d)
trap 'rm -rf "$train"' EXIT
# warnings about classes CDS cannot archive (generated accessors) are expected
java -XX:ArchiveClassesAtExit="$dir/accords.jsa" -Dspring.context.exit=onRefresh "$@" -jar "$dir/accords.jar" \
  --server.port=0 --accords.store.embedded-path="$train/accords.mv" >"$train/log" 2>&1 \
  || { tail -30 "$train/log" >&2; exit 1; }
[ -s "$dir/accords.jsa" ] || { echo "cds-archive: no archive written" >&2; tail -30 "$train/log" >&2; exit 1; }
echo "cds-archive: $dir/accords.jsa ($(du -h "$dir/accords.jsa" | cut -f1)) for $(java -version 2>&1 | head -1)"
