package se.bokslut.localstack;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds participant events as a case-management system would post them, with event ids derived from a name and a
 * counter, so the same data set always has the same ids and loading it twice changes nothing.
 */
public final class ParticipantEventFactory {

    private final String associationId;
    private final String namespace;
    private long counter;

    public ParticipantEventFactory(String associationId, String namespace) {
        this.associationId = associationId;
        this.namespace = namespace;
    }

    public Map<String, Object> referred(String platform, String participant, LocalDate on, String referredBy) {
        Map<String, Object> event = envelope("PARTICIPANT_REFERRED", platform, participant, on);
        event.put("referredBy", referredBy);
        return event;
    }

    public Map<String, Object> decided(String platform, String participant, LocalDate on, boolean yes) {
        Map<String, Object> event = envelope("PREPARATION_DECIDED", platform, participant, on);
        event.put("decision", yes ? "YES" : "NO");
        return event;
    }

    public Map<String, Object> started(String platform, String participant, LocalDate on, String gender,
            int birthYear, String municipalityCode, String education, List<String> incomeSupport, Integer years,
            List<String> tags) {
        Map<String, Object> event = envelope("PARTICIPANT_STARTED", platform, participant, on);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("gender", gender);
        profile.put("birthYear", birthYear);
        profile.put("municipalityCode", municipalityCode);
        profile.put("education", education);
        profile.put("incomeSupport", incomeSupport);
        profile.put("yearsOnPublicSupport", years);
        profile.put("tags", tags);
        event.put("profile", profile);
        return event;
    }

    public Map<String, Object> started(String platform, String participant, LocalDate on, String gender) {
        return started(platform, participant, on, gender, 1995, "2480", "UPPER_SECONDARY", List.of("SOCIAL_ASSISTANCE"),
                2, List.of());
    }

    public Map<String, Object> closed(String platform, String participant, LocalDate on, String outcome) {
        Map<String, Object> event = envelope("PARTICIPANT_CLOSED", platform, participant, on);
        event.put("outcome", outcome);
        return event;
    }

    public Map<String, Object> followedUp(String platform, String participant, LocalDate on, int months,
            boolean employed) {
        Map<String, Object> event = envelope("FOLLOW_UP_RECORDED", platform, participant, on);
        event.put("monthsAfterClosure", months);
        event.put("employed", employed);
        return event;
    }

    public Map<String, Object> retracted(Map<String, Object> mistake, LocalDate on) {
        Map<String, Object> event = envelope("EVENT_RETRACTED", (String) mistake.get("platformId"),
                (String) mistake.get("participantId"), on);
        event.put("retractedEventId", mistake.get("eventId"));
        return event;
    }

    private Map<String, Object> envelope(String type, String platform, String participant, LocalDate on) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.nameUUIDFromBytes((namespace + ":" + counter++).getBytes()).toString());
        event.put("type", type);
        event.put("occurredOn", on.toString());
        event.put("associationId", associationId);
        event.put("platformId", platform);
        event.put("participantId", participant);
        return event;
    }
}
