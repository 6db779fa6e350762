package se.bokslut.scoring.participant;

import se.bokslut.scoring.messaging.PoisonRecordException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokslut.scoring.episode.Fact;
import se.bokslut.scoring.episode.FactType;
import se.bokslut.scoring.episode.Gender;
import se.bokslut.scoring.episode.Outcome;
import se.bokslut.scoring.episode.Profile;

/**
 * Reads the participant-events record value (docs/event-contract.md, schema version 1). Intake validated the event, so
 * anything that does not read here is a poison record, not a business anomaly.
 */
@ApplicationScoped
public class FactReader {

    static final int SCHEMA_VERSION = 1;

    @Inject
    ObjectMapper mapper;

    public JsonNode parse(String value) {
        if (value == null) {
            throw new PoisonRecordException("the record has no value");
        }
        try {
            JsonNode json = mapper.readTree(value);
            if (json == null || !json.isObject()) {
                throw new PoisonRecordException("the record value is not a JSON object");
            }
            int version = json.path("schemaVersion").asInt(-1);
            if (version != SCHEMA_VERSION) {
                throw new PoisonRecordException("unsupported schemaVersion " + version);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("the record value is not JSON");
        }
    }

    public ParticipantFact stored(JsonNode json, long arrival, java.time.OffsetDateTime receivedAt, String value) {
        Fact fact = fact(json, arrival);
        ParticipantFact stored = new ParticipantFact();
        stored.eventId = fact.eventId();
        stored.associationId = required(json, "associationId");
        stored.participantId = required(json, "participantId");
        stored.platformId = fact.platformId();
        stored.type = fact.type().name();
        stored.occurredOn = fact.occurredOn();
        stored.arrival = arrival;
        stored.payload = value;
        stored.receivedAt = receivedAt;
        return stored;
    }

    public Fact fact(ParticipantFact stored) {
        return fact(parse(stored.payload), stored.arrival);
    }

    Fact fact(JsonNode json, long arrival) {
        FactType type = enumValue(FactType.class, json, "type");
        if (type == FactType.FOLLOW_UP_RECORDED && !(json.hasNonNull("monthsAfterClosure") && json.hasNonNull("employed"))) {
            throw new PoisonRecordException("a follow-up without monthsAfterClosure or employed");
        }
        if (type == FactType.EVENT_RETRACTED && !json.hasNonNull("retractedEventId")) {
            throw new PoisonRecordException("a retraction without retractedEventId");
        }
        return new Fact(
                uuid(json, "eventId"),
                type,
                date(json, "occurredOn"),
                required(json, "platformId"),
                arrival,
                text(json, "referredBy"),
                text(json, "decision"),
                type == FactType.PARTICIPANT_STARTED ? profile(json.path("profile")) : null,
                type == FactType.PARTICIPANT_CLOSED ? enumValue(Outcome.class, json, "outcome") : null,
                json.hasNonNull("monthsAfterClosure") ? json.get("monthsAfterClosure").asInt() : null,
                json.hasNonNull("employed") ? json.get("employed").asBoolean() : null,
                json.hasNonNull("retractedEventId") ? uuid(json, "retractedEventId") : null);
    }

    private Profile profile(JsonNode profile) {
        if (!profile.isObject()) {
            throw new PoisonRecordException("a start without a profile");
        }
        return new Profile(
                enumValue(Gender.class, profile, "gender"),
                profile.hasNonNull("birthYear") ? profile.get("birthYear").asInt() : null,
                text(profile, "municipalityCode"),
                text(profile, "education"),
                strings(profile.path("incomeSupport")),
                profile.hasNonNull("yearsOnPublicSupport") ? profile.get("yearsOnPublicSupport").asInt() : null,
                strings(profile.path("tags")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    private static String required(JsonNode json, String field) {
        String text = text(json, field);
        if (text == null || text.isBlank()) {
            throw new PoisonRecordException("missing " + field);
        }
        return text;
    }

    private static UUID uuid(JsonNode json, String field) {
        try {
            return UUID.fromString(required(json, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(field + " is not a UUID");
        }
    }

    private static LocalDate date(JsonNode json, String field) {
        try {
            return LocalDate.parse(required(json, field));
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException(field + " is not an ISO date");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode json, String field) {
        try {
            return Enum.valueOf(type, required(json, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(field + " has an unknown value");
        }
    }
}
