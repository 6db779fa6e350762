package se.bokslut.intake.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TopicRetentionTest {

    private static Map<String, String> settings(String retentionMs, String retentionBytes, String policy) {
        Map<String, String> settings = new HashMap<>();
        settings.put("retention.ms", retentionMs);
        settings.put("retention.bytes", retentionBytes);
        settings.put("cleanup.policy", policy);
        return settings;
    }

    @Test
    void aTopicWithoutTimeOrSizeLimitThatDeletesNothingKeepsEveryRecord() {
        assertThat(TopicRetention.whyNotComplete(settings("-1", "-1", "delete")::get)).isNull();
    }

    @Test
    void theBrokerDefaultOfSevenDaysLosesRecords() {
        assertThat(TopicRetention.whyNotComplete(settings("604800000", "-1", "delete")::get))
                .isEqualTo("retention.ms=604800000");
    }

    @Test
    void aSizeLimitLosesRecords() {
        assertThat(TopicRetention.whyNotComplete(settings("-1", "1073741824", "delete")::get))
                .isEqualTo("retention.bytes=1073741824");
    }

    @Test
    void compactionKeepsOnlyTheLastEventOfAParticipant() {
        assertThat(TopicRetention.whyNotComplete(settings("-1", "-1", "compact,delete")::get))
                .isEqualTo("cleanup.policy=compact,delete");
    }

    @Test
    void anUnknownRetentionIsNotTakenForForever() {
        assertThat(TopicRetention.whyNotComplete(settings(null, null, null)::get)).isEqualTo("retention.ms=null");
    }
}
