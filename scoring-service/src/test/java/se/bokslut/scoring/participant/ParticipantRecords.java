package se.bokslut.scoring.participant;

import java.util.UUID;

/** Record values as intake publishes them on the participant-events topic (schema version 1). */
public final class ParticipantRecords {

    public static final String ASSOCIATION = "umearegionen";

    private ParticipantRecords() {
    }

    public static String started(String participant, String platform, String date, String gender) {
        return record(UUID.randomUUID(), "PARTICIPANT_STARTED", participant, platform, date,
                "\"profile\":{\"gender\":\"" + gender + "\",\"birthYear\":1998,\"municipalityCode\":\"2480\","
                        + "\"education\":\"UPPER_SECONDARY\",\"incomeSupport\":[\"SOCIAL_ASSISTANCE\"],"
                        + "\"yearsOnPublicSupport\":3,\"tags\":[\"PSYCHIATRIC_CONTACT\"]}");
    }

    /** A start with the profile given as JSON fields (without braces), e.g. {@code "gender":"WOMAN","birthYear":2001}. */
    public static String startedWith(String participant, String platform, String date, String profileFields) {
        return record(UUID.randomUUID(), "PARTICIPANT_STARTED", participant, platform, date,
                "\"profile\":{" + profileFields + "}");
    }

    public static String followedUp(String participant, String platform, String date, int months, boolean employed) {
        return record(UUID.randomUUID(), "FOLLOW_UP_RECORDED", participant, platform, date,
                "\"monthsAfterClosure\":" + months + ",\"employed\":" + employed);
    }

    public static String referredBy(String participant, String platform, String date, String referrer) {
        return record(UUID.randomUUID(), "PARTICIPANT_REFERRED", participant, platform, date,
                "\"referredBy\":\"" + referrer + "\"");
    }

    public static String closed(String participant, String platform, String date, String outcome) {
        return closed(UUID.randomUUID(), participant, platform, date, outcome);
    }

    public static String closed(UUID eventId, String participant, String platform, String date, String outcome) {
        return record(eventId, "PARTICIPANT_CLOSED", participant, platform, date, "\"outcome\":\"" + outcome + "\"");
    }

    public static String referred(String participant, String platform, String date) {
        return record(UUID.randomUUID(), "PARTICIPANT_REFERRED", participant, platform, date,
                "\"referredBy\":\"ARBETSFORMEDLINGEN\"");
    }

    public static String retracted(String participant, String platform, String date, UUID target) {
        return record(UUID.randomUUID(), "EVENT_RETRACTED", participant, platform, date,
                "\"retractedEventId\":\"" + target + "\"");
    }

    public static String key(String participant) {
        return ASSOCIATION + ":" + participant;
    }

    private static String record(UUID eventId, String type, String participant, String platform, String date,
            String fields) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\",\"occurredOn\":\"" + date
                + "\",\"associationId\":\"" + ASSOCIATION + "\",\"platformId\":\"" + platform
                + "\",\"participantId\":\"" + participant + "\"," + fields
                + ",\"schemaVersion\":1,\"acceptedAt\":\"2026-01-01T00:00:00Z\"}";
    }
}
