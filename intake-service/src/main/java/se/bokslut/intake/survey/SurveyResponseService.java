package se.bokslut.intake.survey;

import java.time.Instant;
import java.util.List;

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
import se.bokslut.intake.security.AccessDeniedException;
import se.bokslut.intake.survey.contract.SurveyResponse;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonBodies;
import se.bokslut.intake.validation.Violation;

/** Accepts anonymous survey responses: validates them against the catalogue and makes them durable idempotently. */
@ApplicationScoped
public class SurveyResponseService {

    static final String KIND = "SURVEY_RESPONSE";
    /** Version of the record value on the survey-responses topic (docs/event-contract.md). */
    static final int SCHEMA_VERSION = 1;

    @Inject
    JsonBodies bodies;

    @Inject
    SurveyResponseParser parser;

    @Inject
    AcceptanceService acceptance;

    @Inject
    Batches batches;

    @Inject
    ObjectMapper mapper;

    @Inject
    IntakeConfig config;

    @Transactional
    public ItemResult submit(String body) {
        SurveyResponse response;
        try {
            response = parser.parse(bodies.object(body));
        } catch (InvalidInputException e) {
            acceptance.countRejected(KIND);
            throw e;
        }
        AcceptanceStatus status = acceptance.accept(submission(response));
        if (status == AcceptanceStatus.CONFLICT) {
            throw new ConflictException("responseId",
                    "a response with this responseId was accepted before with different content");
        }
        return new ItemResult(null, response.responseId().toString(), status, List.of());
    }

    @Transactional
    public BatchResult submitBatch(String body) {
        return batches.submit(body, "responses", "responseId", this::checkItem);
    }

    private Batches.Checked checkItem(int index, JsonNode item) {
        String prefix = "[" + index + "]";
        if (!item.isObject()) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, null, AcceptanceStatus.REJECTED,
                    List.of(new Violation(prefix, "must be a JSON object"))));
        }
        try {
            return Batches.Checked.valid(submission(parser.parse((ObjectNode) item)));
        } catch (InvalidInputException e) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, idOf(item), AcceptanceStatus.REJECTED,
                    e.violations().stream().map(v -> v.prefixed(prefix)).toList()));
        } catch (AccessDeniedException e) {
            acceptance.countRejected(KIND);
            return Batches.Checked.refused(new ItemResult(index, idOf(item), AcceptanceStatus.FORBIDDEN,
                    List.of(new Violation(prefix + "." + e.field(), e.getMessage()))));
        }
    }

    private static String idOf(JsonNode item) {
        String id = item.path("responseId").isTextual() ? item.path("responseId").textValue() : null;
        return id != null && id.length() == 36 ? id : null;
    }

    private Submission submission(SurveyResponse response) {
        try {
            String canonical = mapper.writeValueAsString(response);
            ObjectNode record = mapper.valueToTree(response);
            record.put("schemaVersion", SCHEMA_VERSION);
            record.put("acceptedAt", Instant.now().toString());
            return new Submission(response.responseId(), KIND, response.respondentGroup().name(),
                    response.associationId(), null, config.surveyResponsesTopic(),
                    response.associationId() + ":" + response.responseId(), mapper.writeValueAsString(record),
                    ContentHash.of(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated response could not be serialized", e);
        }
    }
}
