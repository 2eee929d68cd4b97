#!/usr/bin/env bash
# CPU of building the search index alone (bench/SearchIndexBuild.java), for the jar given,
# from the entities of the newest version in an embedded store file (opened read-only;
# pass a copy), with SearchIndex's writer settings and the candidates the program names,
# in turn. Equal checksums mean the same index in the same document order.
# Usage: bench/search-index-build.sh JAR STORE_FILE [ROUNDS]
set -euo pipefail
jar=$1 store=$2 rounds=${3:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'BOOT-INF/*')
cp="$work/BOOT-INF/classes:$work/BOOT-INF/lib/*"
javac -nowarn -proc:none -d "$work/bench" -cp "$cp" "$(dirname "$0")/SearchIndexBuild.java"
java -Xmx1g -XX:+UseParallelGC -cp "$work/bench:$cp" org.accords.search.SearchIndexBuild "$store" "$rounds"
