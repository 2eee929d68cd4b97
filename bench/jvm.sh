# Sourced by the bench scripts that start servers as the image starts them (run.sh,
# startup.sh, startup-profile.sh, load-corpus.sh, tails.sh): the JVM is the image's, Java 25 (Dockerfile), and
# ops/cds-archive.sh makes its AOT cache with it. JAVA=/path/to/bin/java chooses another
# (on a JVM before 25 the archive is class-data sharing); without JAVA, a JDK 25 installed
# under /usr/lib/jvm (Debian's and Temurin's packages put it there), else java on the PATH.
if [ -z "${JAVA:-}" ]; then
  JAVA=$(ls -d /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -1 || true)
  JAVA=${JAVA:-$(command -v java || true)}
fi
JAVA=$(command -v "$JAVA" || true)
[ -n "$JAVA" ] || { echo "bench: no java (set JAVA=/path/to/bin/java)" >&2; exit 1; }
export JAVA
# The image's collector (the Dockerfile's ENTRYPOINT, which ops/ContainerImageTests checks
# against this line): the parallel one; an AOT cache serves only the collector it was made with
GC=-XX:+UseParallelGC
# The arguments of every bench server (run.sh, startup.sh, startup-profile.sh, tails.sh): the
# bench profile (its static baseline); no polling for other instances' versions; the loopback
# client exempt from rate limits; store and request timeouts raised to 120 s (a first page of
# the embedded store can take seconds on one core); the one-off background pass that measures
# a new version's download sizes off (it would compete with the measurements for the core)
SERVER_ARGS=(--spring.profiles.active=bench --accords.dataset.refresh-interval=1h
  --accords.rate-limit.exempt-loopback=true --accords.store.socket-timeout=120s
  --accords.http.timeout=120s --accords.export.measure-sizes=false)
