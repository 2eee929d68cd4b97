#!/usr/bin/env bash
# CPU per search in the index alone (bench/SearchIndexCpu.java), for the jar given, on core
# 1, reading the search index stored in an embedded store file (opened read-only; pass a
# copy). Compare two jars by alternating runs; equal checksums mean the same results.
# PROGRAM=SearchIndexBuild runs bench/SearchIndexBuild.java instead: the CPU of building
# the index from the store's newest version, with SearchIndex's writer settings and
# candidates in turn (equal checksums: the same index in the same document order).
# Usage: [PROGRAM=SearchIndexBuild] [HEAP=1g] bench/search-index-cpu.sh JAR STORE_FILE [ROUNDS]
set -euo pipefail
jar=$1 store=$2 rounds=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'BOOT-INF/*')
cp="$work/BOOT-INF/classes:$work/BOOT-INF/lib/*"
program=${PROGRAM:-SearchIndexCpu}
javac -nowarn -proc:none -d "$work/bench" -cp "$cp" "$(dirname "$0")/$program.java"
taskset -c 1 java -Xmx"${HEAP:-512m}" -XX:+UseSerialGC -cp "$work/bench:$cp" "org.accords.search.$program" "$store" "$rounds"
