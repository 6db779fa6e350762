package se.bokslut.intake.participant;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.acceptance.BatchResult;
import se.bokslut.intake.acceptance.ContentHash;
import se.bokslut.intake.acceptance.ItemResult;
import se.bokslut.intake.acceptance.Submission;
import se.bokslut.intake.acceptance.Submissions;
import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.outbox.OutboxEntry;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.participant.contract.ParticipantEvent;
import se.bokslut.intake.participant.contract.ParticipantEventType;
import se.bokslut.intake.reference.ReferenceData;
import se.bokslut.intake.security.Caller;
import se.bokslut.intake.validation.InvalidInputException;

/** Accepts participant events: validates them, checks retractions, and makes them durable idempotently. */
@ApplicationScoped
public class ParticipantEventService {

    static final Submissions.Kind KIND = new Submissions.Kind("PARTICIPANT_EVENT", "eventId", "events");
    /** Version of the record value on the participant-events topic (docs/event-contract.md). */
    static final int SCHEMA_VERSION = 1;

    @Inject
    ParticipantEventParser parser;

    @Inject
    Submissions submissions;

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReferenceData referenceData;

    @Inject
    Caller caller;

    @Inject
    IntakeConfig config;

    /** Accepts one event; invalid input, a refusal or a conflicting resend is an exception. */
    @Transactional
    public ItemResult submit(String body) {
        return submissions.one(body, KIND, json -> check(json, new HashMap<>()));
    }

    /** Accepts each valid item of a batch in one transaction and answers per item. */
    @Transactional
    public BatchResult submitBatch(String body) {
        Map<UUID, ParticipantEvent> earlier = new HashMap<>();
        return submissions.batch(body, KIND, json -> check(json, earlier));
    }

    /** Answers one event as {@link #submit} would, but stores, publishes and counts nothing. */
    @Transactional
    public ItemResult validate(String body) {
        return submissions.one(body, KIND, json -> check(json, new HashMap<>()), Submissions.Mode.VALIDATE);
    }

    /** Answers a batch as {@link #submitBatch} would, but stores, publishes and counts nothing. */
    @Transactional
    public BatchResult validateBatch(String body) {
        Map<UUID, ParticipantEvent> earlier = new HashMap<>();
        return submissions.batch(body, KIND, json -> check(json, earlier), Submissions.Mode.VALIDATE);
    }

    /**
     * Reads and checks one event: the contract, the token's scope, the reference data and, for a retraction, its
     * target (which may be an earlier item of the same batch, remembered in {@code earlier}).
     */
    private Submission check(ObjectNode json, Map<UUID, ParticipantEvent> earlier) {
        ParticipantEvent event = parser.parse(json);
        caller.requirePlatform(event.associationId(), event.platformId(), "platformId");
        checkReferences(event, earlier);
        earlier.putIfAbsent(event.eventId(), event);
        return submission(event);
    }

    /**
     * The association and platform must be known (and the platform active on the date); a retraction must name an
     * earlier, non-retraction event of the same participant, of a platform the caller may post for (another
     * platform's event is answered as if it did not exist, so no case system learns of another's events).
     */
    private void checkReferences(ParticipantEvent event, Map<UUID, ParticipantEvent> earlierInBatch) {
        referenceData.checkKnown(event.associationId(), event.platformId(), event.occurredOn());
        if (event.type() != ParticipantEventType.EVENT_RETRACTED) {
            return;
        }
        ParticipantEvent inBatch = earlierInBatch.get(event.retractedEventId());
        boolean valid;
        if (inBatch != null) {
            valid = event.associationId().equals(inBatch.associationId())
                    && event.participantId().equals(inBatch.participantId())
                    && inBatch.type() != ParticipantEventType.EVENT_RETRACTED;
        } else {
            OutboxEntry target = outbox.accepted(event.associationId(), event.retractedEventId());
            valid = target != null
                    && KIND.name().equals(target.kind)
                    && event.participantId().equals(target.participantId)
                    && caller.platforms().contains(target.platformId)
                    && !ParticipantEventType.EVENT_RETRACTED.name().equals(target.type);
        }
        if (!valid) {
            throw new InvalidInputException("retractedEventId",
                    "must be the eventId of an earlier event of the same participant on a platform this token may post "
                            + "for (a retraction cannot be retracted)");
        }
    }

    private Submission submission(ParticipantEvent event) {
        try {
            String canonical = mapper.writeValueAsString(event);
            ObjectNode record = mapper.valueToTree(event);
            record.put("schemaVersion", SCHEMA_VERSION);
            record.put("acceptedAt", Instant.now().toString());
            return new Submission(event.eventId(), KIND.name(), event.type().name(), event.associationId(),
                    event.participantId(), event.platformId(), config.participantEventsTopic(), event.recordKey(),
                    mapper.writeValueAsString(record), ContentHash.of(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated event could not be serialized", e);
        }
    }
}
