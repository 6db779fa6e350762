package se.bokslut.scoring.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * The settings every Kafka client of this service starts from: all {@code kafka.*} properties (servers, and for a
 * secured cluster {@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}), so production connects
 * through configuration only.
 */
@ApplicationScoped
public class KafkaClientConfig {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> defaults;

    /** The service's Kafka settings plus those of one client. */
    public Map<String, Object> with(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(defaults);
        config.putAll(client);
        return config;
    }

    public String bootstrapServers() {
        return String.valueOf(defaults.get("bootstrap.servers"));
    }
}
