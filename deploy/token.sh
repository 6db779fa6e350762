#!/usr/bin/env bash
# Prints a bearer token that the running local system (deploy/run-local.sh) accepts, for any association and role.
# It is signed with the key that run keeps under deploy/local-stack/target/logs/keys/ (never committed, removed when
# the run stops), so it works only while that run is up, and is refused clearly otherwise.
#
#   deploy/token.sh --association ID --role ROLE [--platforms a,b] [--hours N]
#
#   --role       analyst, bi-reader, case-system or survey-tool (docs/security.md)
#   --platforms  case-system: the platforms it may post for (default: all platforms of the association);
#                survey-tool: the platforms it may post for (default: all)
#   --hours      validity, 1 to 720 (default 12)
#
# Example: TOKEN=$(deploy/token.sh --association my-association --role case-system --platforms my-platform)
# BOKSLUT_RUN_DIR points it at another run's log directory (the end-to-end tests use it).
set -euo pipefail

cd "$(dirname "$0")/.."
if [ ! -f deploy/local-stack/target/classpath.txt ]; then
    echo "token.sh: the local stack is not built; run deploy/run-local.sh first" >&2
    exit 1
fi
exec java -Dbokslut.root="$(pwd)" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/classpath.txt)" \
    se.bokslut.localstack.TokenTool "$@"
