#!/usr/bin/env bash
# Measures Bokslut on this machine: the raw Kafka producer as anchor, intake's batch throughput, the pipeline from
# POST to report, event-to-report freshness and report latency. Starts its own system on free ports.
#
#   deploy/benchmark.sh            20,000 events
#   deploy/benchmark.sh 50000      another number of events
#   deploy/benchmark.sh --quick    5,000 events and a smaller history (a few minutes)
# Figures are printed and written to deploy/local-stack/target/benchmark/result.json.
set -euo pipefail
cd "$(dirname "$0")/.."
for service in intake-service scoring-service reporting-service; do
    [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { mvn -B -q package -DskipTests; break; }
done
[ -f deploy/local-stack/target/classpath.txt ] || mvn -B -q package -DskipTests
exec java -Xmx1g -Dbokslut.root="$(pwd)" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/classpath.txt)" \
    se.bokslut.localstack.Benchmark "$@"
