#!/usr/bin/env bash
# Runs the whole of Bokslut on this machine: a real PostgreSQL 17 and a real Kafka broker (both from Maven Central,
# no Docker), the three services, and the demo data of Samordningsförbundet Umeåregionen. Prints the URLs and READY
# when everything answers; Ctrl-C (or SIGTERM) stops everything and removes the data.
#
#   deploy/run-local.sh              build what is missing, start, load the demo
#   deploy/run-local.sh --no-demo    start without demo data
#   deploy/run-local.sh --build      rebuild first, even if the applications exist
#
# Ports: BOKSLUT_INTAKE_PORT (8081), BOKSLUT_SCORING_PORT (8082), BOKSLUT_REPORTING_PORT (8083),
#        BOKSLUT_KAFKA_PORT (9092), BOKSLUT_POSTGRES_PORT (55432).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
demo=""
build=no
for argument in "$@"; do
    case "$argument" in
        --no-demo) demo="--no-demo" ;;
        --build) build=yes ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "Unknown option: $argument (see --help)" >&2; exit 2 ;;
    esac
done

for service in intake-service scoring-service reporting-service; do
    [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || build=yes
done
[ -f deploy/local-stack/target/classpath.txt ] || build=yes
if [ "$build" = yes ]; then
    echo "Building Bokslut (mvn -B -q package -DskipTests)…"
    mvn -B -q package -DskipTests
fi

exec java -Xmx768m \
    -Dbokslut.root="$root" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/classpath.txt)" \
    se.bokslut.localstack.LocalRun $demo
