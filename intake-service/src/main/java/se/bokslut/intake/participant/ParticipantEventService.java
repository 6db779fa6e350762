package se.bokslut.intake.participant;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.acceptance.AcceptanceService;
import se.bokslut.intake.acceptance.AcceptanceStatus;
import se.bokslut.intake.acceptance.BatchResult;
import se.bokslut.intake.acceptance.Batches;
import se.bokslut.intake.acceptance.ConflictException;
import se.bokslut.intake.acceptance.ContentHash;
import se.bokslut.intake.acceptance.ItemResult;
import se.bokslut.intake.acceptance.Submission;
import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.outbox.OutboxEntry;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.participant.contract.ParticipantEvent;
import se.bokslut.intake.participant.contract.ParticipantEventType;
import se.bokslut.intake.reference.ReferenceData;
import se.bokslut.intake.security.AccessDeniedException;
import se.bokslut.intake.security.Caller;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonBodies;
import se.bokslut.intake.validation.Violation;

/** Accepts participant events: validates them, checks retractions, and makes them durable idempotently. */
@ApplicationScoped
public class ParticipantEventService {

    static final String KIND = "PARTICIPANT_EVENT";
    /** Version of the record value on the participant-events topic (docs/event-contract.md). */
    static final int SCHEMA_VERSION = 1;

    @Inject
    JsonBodies bodies;

    @Inject
    ParticipantEventParser parser;

    @Inject
    Batches batches;

    @Inject
    AcceptanceService acceptance;

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

    /** Accepts one event; a conflicting resend is a {@link ConflictException}, invalid input an exception too. */
    @Transactional
    public ItemResult submit(String body) {
        ParticipantEvent event;
        try {
            event = parser.parse(bodies.object(body));
            caller.requirePlatform(event.associationId(), event.platformId(), "platformId");
            checkReferences(event, Map.of());
        } catch (InvalidInputException e) {
            acceptance.countRejected(KIND);
            throw e;
        }
        AcceptanceStatus status = acceptance.accept(submission(event));
        if (status == AcceptanceStatus.CONFLICT) {
            throw new ConflictException("eventId",
                    "an event with this eventId was accepted before with different content");
        }
        return new ItemResult(null, event.eventId().toString(), status, List.of());
    }

    /** Accepts each valid item of a batch in one transaction and answers per item. */
    @Transactional
    public BatchResult submitBatch(String body) {
        Map<UUID, ParticipantEvent> earlier = new HashMap<>();
        return batches.submit(body, "events", "eventId", (index, item) -> checkItem(index, item, earlier));
    }

    private Batches.Checked checkItem(int index, JsonNode item, Map<UUID, ParticipantEvent> earlier) {
        String prefix = "[" + index + "]";
        String id = item.path("eventId").isTextual() && item.path("eventId").textValue().length() == 36
                ? item.path("eventId").textValue()
                : null;
        if (!item.isObject()) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, null, AcceptanceStatus.REJECTED,
                    List.of(new Violation(prefix, "must be a JSON object"))));
        }
        try {
            ParticipantEvent event = parser.parse((ObjectNode) item);
            caller.requirePlatform(event.associationId(), event.platformId(), "platformId");
            checkReferences(event, earlier);
            earlier.putIfAbsent(event.eventId(), event);
            return Batches.Checked.valid(submission(event));
        } catch (InvalidInputException e) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, id, AcceptanceStatus.REJECTED,
                    e.violations().stream().map(v -> v.prefixed(prefix)).toList()));
        } catch (AccessDeniedException e) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, id, AcceptanceStatus.FORBIDDEN,
                    List.of(new Violation(prefix + "." + e.field(), e.getMessage()))));
        }
    }

    /**
     * The association and platform must be known (and the platform active on the date); a retraction must name an
     * earlier, non-retraction event of the same participant.
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
            OutboxEntry target = outbox.findById(event.retractedEventId());
            valid = target != null
                    && KIND.equals(target.kind)
                    && event.associationId().equals(target.associationId)
                    && event.participantId().equals(target.participantId)
                    && !ParticipantEventType.EVENT_RETRACTED.name().equals(target.type);
        }
        if (!valid) {
            throw new InvalidInputException("retractedEventId",
                    "must be the eventId of an earlier event of the same participant (a retraction cannot be retracted)");
        }
    }

    private Submission submission(ParticipantEvent event) {
        try {
            String canonical = mapper.writeValueAsString(event);
            ObjectNode record = mapper.valueToTree(event);
            record.put("schemaVersion", SCHEMA_VERSION);
            record.put("acceptedAt", Instant.now().toString());
            return new Submission(event.eventId(), KIND, event.type().name(), event.associationId(),
                    event.participantId(), config.participantEventsTopic(), event.recordKey(),
                    mapper.writeValueAsString(record), ContentHash.of(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated event could not be serialized", e);
        }
    }
}
