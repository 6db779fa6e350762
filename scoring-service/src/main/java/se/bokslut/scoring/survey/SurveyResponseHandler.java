package se.bokslut.scoring.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.scoring.figures.FiguresVersions;
import se.bokslut.scoring.metrics.Freshness;
import se.bokslut.scoring.messaging.PoisonRecordException;

/**
 * Counts survey responses, a batch per transaction: records each id (a redelivery changes nothing), then adds one
 * respondent and one answer per question to the counts of the platforms the response covers, taken together.
 */
@ApplicationScoped
public class SurveyResponseHandler {

    public static final String METER = "bokslut.scoring.survey.responses";
    static final Set<String> GROUPS = Set.of("PARTICIPANT", "STAFF", "STEERING_GROUP", "BOARD", "ASSOCIATION_MANAGER",
            "MANAGER");
    static final Set<String> GENDERS = Set.of("WOMAN", "MAN", "OTHER", "UNSURE", "DECLINED");
    public static final String NOT_STATED = "NOT_STATED";

    @Inject
    ObjectMapper mapper;

    @Inject
    SurveyCountRepository counts;

    @Inject
    MeterRegistry metrics;

    @Inject
    Freshness freshness;

    @Inject
    FiguresVersions versions;

    /** Counts one record value; false when the response had been counted before. */
    @Transactional
    public boolean handle(String value) {
        return handleAll(List.of(read(value))) == 1;
    }

    /** Counts a batch of responses in one transaction; returns how many were new. */
    @Transactional
    public int handleAll(List<CountedResponse> batch) {
        int applied = 0;
        Set<String> changed = new TreeSet<>();
        for (CountedResponse response : batch) {
            if (counts.recordIfAbsent(response, response.payload(), OffsetDateTime.now(ZoneOffset.UTC))) {
                counts.addRespondent(response);
                response.answers().forEach((question, answer) -> counts.addAnswer(response, question, answer));
                freshness.applied(Freshness.SURVEY_RESPONSES, response.payload());
                changed.add(response.associationId());
                applied++;
            }
        }
        versions.raise(changed);
        metrics.counter(METER, "result", "applied").increment(applied);
        metrics.counter(METER, "result", "duplicate").increment(batch.size() - applied);
        return applied;
    }

    /** A validated response as scoring counts it. */
    public record CountedResponse(UUID responseId, String associationId, List<String> platformIds,
            String respondentGroup, LocalDate answeredOn, String respondentGender, Map<String, String> answers,
            String payload) {
    }

    /** Reads a record value; a {@link PoisonRecordException} if it can never be counted. */
    public CountedResponse read(String value) {
        JsonNode json;
        try {
            json = value == null ? null : mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("the record value is not JSON");
        }
        if (json == null || !json.isObject() || json.path("schemaVersion").asInt(-1) != 1) {
            throw new PoisonRecordException("not a survey response of schema version 1");
        }
        try {
            List<String> platforms = new ArrayList<>();
            json.path("platformIds").forEach(platform -> platforms.add(platform.asText()));
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = json.path("answers").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> answer = fields.next();
                answers.put(answer.getKey(), answer.getValue().asText());
            }
            String group = json.path("respondentGroup").asText();
            String gender = json.hasNonNull("respondentGender") ? json.get("respondentGender").asText() : NOT_STATED;
            if (platforms.isEmpty() || answers.isEmpty() || !GROUPS.contains(group)
                    || !(GENDERS.contains(gender) || gender.equals(NOT_STATED))) {
                throw new PoisonRecordException("a survey response without platforms or answers, or of an unknown group");
            }
            return new CountedResponse(UUID.fromString(json.path("responseId").asText()),
                    json.path("associationId").asText(), platforms, group,
                    LocalDate.parse(json.path("answeredOn").asText()), gender, answers, value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonRecordException("responseId or answeredOn cannot be read");
        }
    }
}
