package se.bokslut.scoring.messaging;

import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The one Kafka admin client of scoring (topic settings, the consumer group's lag), made on first use. */
@ApplicationScoped
public class KafkaAdmin {

    @Inject
    KafkaClientConfig kafkaConfig;

    private Admin admin;

    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaConfig.with(Map.of(
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
