#!/usr/bin/env bash
# Runs the whole of Bokslut on this machine: a real PostgreSQL 17 and a real Kafka broker (both from Maven Central,
# no Docker), the three services, and the demo data of Samordningsförbundet Umeåregionen. Prints the URLs and READY
# when everything answers; Ctrl-C (or SIGTERM) stops everything and removes the data.
#
#   deploy/run-local.sh              build what is missing, start, load the demo
#   deploy/run-local.sh --no-demo    start without demo data
#   deploy/run-local.sh --build      rebuild first, even if the applications exist
#   deploy/run-local.sh --association PATH
#                                    also load your own association: a reference-data file named after it
#                                    (my-association.json) or a folder laid out like deploy/demo (reference/,
#                                    goal-models/, questions/, manual-inputs/); with --no-demo instead of the demo.
#                                    Its tokens go to deploy/local-stack/target/logs/tokens/<association>/.
#   deploy/token.sh --association ID --role ROLE [--platforms a,b] [--hours N]
#                                    prints any other token the running system accepts
#
# Ports: BOKSLUT_INTAKE_PORT (8081), BOKSLUT_SCORING_PORT (8082), BOKSLUT_REPORTING_PORT (8083),
#        BOKSLUT_KAFKA_PORT (9092), BOKSLUT_POSTGRES_PORT (55432).
set -euo pipefail

cwd=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
options=()
build=no
while [ $# -gt 0 ]; do
    case "$1" in
        --no-demo) options+=("--no-demo") ;;
        --build) build=yes ;;
        --association)
            [ $# -ge 2 ] || { echo "--association needs a file or folder (see --help)" >&2; exit 2; }
            options+=("--association" "$2"); shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
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
    -Dbokslut.root="$root" -Dbokslut.cwd="$cwd" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/classpath.txt)" \
    se.bokslut.localstack.LocalRun ${options[@]+"${options[@]}"}
