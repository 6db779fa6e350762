package se.bokslut.intake.survey;

import java.time.Instant;

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
import se.bokslut.intake.survey.contract.SurveyResponse;

/** Accepts anonymous survey responses: validates them against the catalogue and makes them durable idempotently. */
@ApplicationScoped
public class SurveyResponseService {

    static final Submissions.Kind KIND = new Submissions.Kind("SURVEY_RESPONSE", "responseId", "responses");
    /** Version of the record value on the survey-responses topic (docs/event-contract.md). */
    static final int SCHEMA_VERSION = 1;

    @Inject
    SurveyResponseParser parser;

    @Inject
    Submissions submissions;

    @Inject
    ObjectMapper mapper;

    @Inject
    IntakeConfig config;

    /** Accepts one response; invalid input, a refusal or a conflicting resend is an exception. */
    @Transactional
    public ItemResult submit(String body) {
        return submissions.one(body, KIND, json -> submission(parser.parse(json)));
    }

    /** Accepts each valid response of a batch in one transaction and answers per item. */
    @Transactional
    public BatchResult submitBatch(String body) {
        return submissions.batch(body, KIND, json -> submission(parser.parse(json)));
    }

    /** Answers one response as {@link #submit} would, but stores, publishes and counts nothing. */
    @Transactional
    public ItemResult validate(String body) {
        return submissions.one(body, KIND, json -> submission(parser.parse(json)), Submissions.Mode.VALIDATE);
    }

    /** Answers a batch as {@link #submitBatch} would, but stores, publishes and counts nothing. */
    @Transactional
    public BatchResult validateBatch(String body) {
        return submissions.batch(body, KIND, json -> submission(parser.parse(json)), Submissions.Mode.VALIDATE);
    }

    private Submission submission(SurveyResponse response) {
        try {
            String canonical = mapper.writeValueAsString(response);
            ObjectNode record = mapper.valueToTree(response);
            record.put("schemaVersion", SCHEMA_VERSION);
            record.put("acceptedAt", Instant.now().toString());
            return new Submission(response.responseId(), KIND.name(), response.respondentGroup().name(),
                    response.associationId(), null, null, config.surveyResponsesTopic(),
                    response.associationId() + ":" + response.responseId(), mapper.writeValueAsString(record),
                    ContentHash.of(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated response could not be serialized", e);
        }
    }
}
