package se.bokslut.intake.health;

import java.util.function.Function;

/** Whether a topic's settings keep every record forever: the rule the event topics must follow (SPEC §15). */
final class TopicRetention {

    private TopicRetention() {
    }

    /** Null when the settings keep every record, otherwise the first setting that does not, in words. */
    static String whyNotComplete(Function<String, String> setting) {
        String retentionMs = setting.apply("retention.ms");
        if (retentionMs == null || !retentionMs.trim().equals("-1")) {
            return "retention.ms=" + retentionMs;
        }
        String retentionBytes = setting.apply("retention.bytes");
        if (retentionBytes != null && !retentionBytes.trim().equals("-1")) {
            return "retention.bytes=" + retentionBytes;
        }
        String policy = setting.apply("cleanup.policy");
        if (policy != null && policy.contains("compact")) {
            return "cleanup.policy=" + policy;
        }
        return null;
    }
}
