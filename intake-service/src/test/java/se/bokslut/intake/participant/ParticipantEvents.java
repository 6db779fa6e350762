package se.bokslut.intake.participant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of participant events as a case-management system would post them. */
public final class ParticipantEvents {

    public static final String ASSOCIATION = "umearegionen";
    public static final String PLATFORM = "ungdomstorget";

    private ParticipantEvents() {
    }

    public static Map<String, Object> envelope(String type, String participantId, String occurredOn) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredOn", occurredOn);
        event.put("associationId", ASSOCIATION);
        event.put("platformId", PLATFORM);
        event.put("participantId", participantId);
        return event;
    }

    public static Map<String, Object> started(String participantId, String occurredOn, String gender) {
        Map<String, Object> event = envelope("PARTICIPANT_STARTED", participantId, occurredOn);
        event.put("profile", profile(gender));
        return event;
    }

    public static Map<String, Object> profile(String gender) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("gender", gender);
        profile.put("birthYear", 1998);
        profile.put("municipalityCode", "2480");
        profile.put("education", "UPPER_SECONDARY");
        profile.put("incomeSupport", List.of("SOCIAL_ASSISTANCE"));
        profile.put("yearsOnPublicSupport", 3);
        profile.put("tags", List.of("PSYCHIATRIC_CONTACT"));
        return profile;
    }

    public static Map<String, Object> closed(String participantId, String occurredOn, String outcome) {
        Map<String, Object> event = envelope("PARTICIPANT_CLOSED", participantId, occurredOn);
        event.put("outcome", outcome);
        return event;
    }

    public static Map<String, Object> referred(String participantId, String occurredOn, String referredBy) {
        Map<String, Object> event = envelope("PARTICIPANT_REFERRED", participantId, occurredOn);
        event.put("referredBy", referredBy);
        return event;
    }

    public static Map<String, Object> followUp(String participantId, String occurredOn, int months, boolean employed) {
        Map<String, Object> event = envelope("FOLLOW_UP_RECORDED", participantId, occurredOn);
        event.put("monthsAfterClosure", months);
        event.put("employed", employed);
        return event;
    }

    public static Map<String, Object> retracted(String participantId, String occurredOn, Object retractedEventId) {
        Map<String, Object> event = envelope("EVENT_RETRACTED", participantId, occurredOn);
        event.put("retractedEventId", retractedEventId);
        return event;
    }

    public static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> without(Map<String, Object> event, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        copy.remove(field);
        return copy;
    }

    public static String newParticipant() {
        return "ut-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
