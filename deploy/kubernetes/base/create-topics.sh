#!/usr/bin/env bash
# Creates (or corrects) Bokslut's Kafka topics. Used by the bokslut-topics Job (base/topics-job.yaml) and usable by
# hand with any Kafka 4.x distribution: KAFKA_BOOTSTRAP_SERVERS=broker:9092 deploy/kubernetes/base/create-topics.sh
# Optional: EVENT_PARTITIONS (default 12; fixed for the life of the topic), KAFKA_BIN (default /opt/kafka/bin),
# KAFKA_COMMAND_CONFIG (a client properties file for a secured cluster).
set -euo pipefail

: "${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}"
partitions="${EVENT_PARTITIONS:-12}"
bin="${KAFKA_BIN:-/opt/kafka/bin}"
extra=()
[ -n "${KAFKA_COMMAND_CONFIG:-}" ] && extra=(--command-config "$KAFKA_COMMAND_CONFIG")

topic() {
    local name=$1 count=$2 settings=$3 configs=() setting
    IFS=',' read -ra pairs <<< "$settings"
    for setting in "${pairs[@]}"; do configs+=(--config "$setting"); done
    "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" ${extra[@]+"${extra[@]}"} --create \
        --if-not-exists --topic "$name" --partitions "$count" --replication-factor 3 "${configs[@]}" \
        || { echo "could not create $name" >&2; return 1; }
    # an existing topic gets the settings too (never its partition count: that would move participants)
    "$bin/kafka-configs.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" ${extra[@]+"${extra[@]}"} --alter \
        --entity-type topics --entity-name "$name" --add-config "$settings"
    echo "topic $name: $settings"
}

keep_all="cleanup.policy=delete,retention.ms=-1,retention.bytes=-1,min.insync.replicas=2"
compacted="cleanup.policy=compact,min.insync.replicas=2"
topic bokslut.participant-events "$partitions" "$keep_all"
topic bokslut.survey-responses "$partitions" "$keep_all"
topic bokslut.participant-events.dlq 1 "$keep_all"
topic bokslut.survey-responses.dlq 1 "$keep_all"
topic bokslut.reference-data 1 "$compacted"
topic bokslut.question-catalogue 1 "$compacted"
