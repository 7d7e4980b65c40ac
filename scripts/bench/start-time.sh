#!/bin/sh
# Start-up time and memory of the packaged jar on an empty data folder (issue 18, README "Benchmark").
# Build the jar first (mvn -B -q package -DskipTests), then: scripts/bench/start-time.sh [jar] [port]
# The app starts in a new empty folder, so its first start includes unpacking and initialising the
# embedded PostgreSQL, Flyway's migrations, the engine's schema and the deployment of every diagram.
# Prints the wall time until /actuator/health answers UP, Spring's own "Started ... in" line, and the
# JVM's resident memory (VmRSS) right after; then stops the app and removes the folder.
set -eu
JAR=$(readlink -f "${1:-target/orderflow-0.1.0-SNAPSHOT.jar}")
PORT=${2:-8104}
DIR=$(mktemp -d /tmp/orderflow-start.XXXXXX)
begin=$(date +%s%N)
(cd "$DIR" && ORDERFLOW_ADMIN_PASSWORD=start-time-check-42 exec java -Xmx512m -jar "$JAR" --server.port="$PORT" \
    >"$DIR/app.log" 2>&1) &
pid=$!
until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the app stopped before it was up; its log: $DIR/app.log" >&2
    exit 1
  fi
  sleep 0.2
done
end=$(date +%s%N)
echo "start-up on an empty folder: $(( (end - begin) / 1000000 )) ms until /actuator/health is UP (target 15000 ms)"
grep -o "Started OrderflowApplication in [0-9.]* seconds[^)]*)" "$DIR/app.log" || true
grep VmRSS "/proc/$pid/status"
kill "$pid"
wait "$pid" 2>/dev/null || true
cp "$DIR/app.log" "${TMPDIR:-/tmp}/orderflow-start-time.log"
echo "the app's log: ${TMPDIR:-/tmp}/orderflow-start-time.log"
rm -rf "$DIR"
