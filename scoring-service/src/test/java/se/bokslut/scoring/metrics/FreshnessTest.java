package se.bokslut.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FreshnessTest {

    @Test
    void readsIntakesAcceptanceTimeFromTheRecord() {
        String record = "{\"eventId\":\"x\",\"schemaVersion\":1,\"acceptedAt\":\"2026-12-02T10:15:30.123456Z\"}";
        assertThat(Freshness.acceptedAt(record)).isEqualTo(Instant.parse("2026-12-02T10:15:30.123456Z"));
    }

    @Test
    void aRecordWithoutOrWithAMalformedAcceptanceTimeIsNotMeasured() {
        assertThat(Freshness.acceptedAt("{\"eventId\":\"x\"}")).isNull();
        assertThat(Freshness.acceptedAt("{\"acceptedAt\":\"yesterday\"}")).isNull();
        assertThat(Freshness.acceptedAt("{\"acceptedAt\":\"2026-12-02")).isNull();
        assertThat(Freshness.acceptedAt(null)).isNull();
    }
}
