# Build: the same wrapper command as outside Docker (tests run in CI, not here), on the
# Java 17 baseline: the bytecode level and the JVM CI tests first (docs/operations.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY schema/ schema/
COPY seed-data/ seed-data/
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package && cp target/accords-*.jar /src/accords.jar

# Run: Java 25's JRE (the newest LTS, which CI also tests on; its AOT cache keeps classes
# linked and the training's method profiles, where Java 17's class-data sharing keeps them
# parsed; measured side by side on a 100k store, neither started clearly faster:
# docs/operations.md#startup), a non-root user, the embedded store's file in a volume
# unless MONGODB_URI is set.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app accords && mkdir -p /app/data && chown accords /app/data
WORKDIR /app
# the jar extracted (/app/accords.jar and /app/lib/) and an AOT cache (/app/accords.aot:
# classes loaded and linked ahead, and method profiles) from a training restart here, with
# this image's JVM and collector (a cache serves only the JVM that wrote it), named by
# /app/jvm.args (docs/operations.md#startup)
COPY --from=build /src/accords.jar /tmp/accords-boot.jar
COPY ops/cds-archive.sh /tmp/cds-archive.sh
RUN bash /tmp/cds-archive.sh /tmp/accords-boot.jar /app -XX:+UseParallelGC && rm /tmp/accords-boot.jar /tmp/cds-archive.sh
USER accords
ENV ACCORDS_STORE_EMBEDDED_PATH=/app/data/accords.mv
VOLUME /app/data
EXPOSE 8080
# readiness answers 200 once the dataset is served (its body lists components, some UP
# before the whole is: read the status line); bash's /dev/tcp needs no curl in the image
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
# a JVM out of heap exits, so that the orchestrator restarts it, instead of living on with
# dead threads and answering nothing; the parallel collector (its pauses use every core; on
# one core it costs what the serial one does) and the whole heap from the start
# (InitialRAMPercentage = MaxRAMPercentage), as bench/ measures it (bench/jvm.sh)
# (docs/operations.md, "JVM flags")
ENTRYPOINT ["java", "@/app/jvm.args", "-XX:+UseParallelGC", "-XX:InitialRAMPercentage=75", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/accords.jar"]
