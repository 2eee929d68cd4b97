#!/usr/bin/env bash
# Security probe against the packaged jar on 127.0.0.1 only, in the spirit of graphql-cop
# and the OWASP GraphQL cheat sheet: run once with the defaults (introspection on, by
# design) and once with introspection switched off. Exits 1 on any finding.
# Usage: ./mvnw -DskipTests package && bench/security-probe.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/serve.sh
status=0
start_server
java bench/SecurityProbe.java "$base" introspection-on || status=1
stop_server
start_server --spring.graphql.schema.introspection.enabled=false
java bench/SecurityProbe.java "$base" introspection-off || status=1
exit $status
