package se.bokslut.intake.survey;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.participant.ParticipantEventParser;
import se.bokslut.intake.reference.KnownQuestion;
import se.bokslut.intake.reference.ReferenceData;
import se.bokslut.intake.security.Caller;
import se.bokslut.intake.survey.contract.RespondentGender;
import se.bokslut.intake.survey.contract.RespondentGroup;
import se.bokslut.intake.survey.contract.SurveyResponse;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonFields;

/**
 * Reads a survey response exactly as SPEC §5 defines it and checks every answer against the question catalogue: an
 * unknown code, a value outside the question's scale or a question not asked of the respondent group is rejected,
 * naming the answer ({@code answers.NNS-1}).
 */
@ApplicationScoped
public class SurveyResponseParser {

    private static final Set<String> FIELDS = Set.of("responseId", "associationId", "platformIds", "respondentGroup",
            "answeredOn", "respondentGender", "answers");
    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final int MAX_PLATFORMS = 50;
    private static final int MAX_ANSWERS = 200;

    @Inject
    IntakeConfig config;

    @Inject
    ReferenceData referenceData;

    @Inject
    Caller caller;

    public SurveyResponse parse(ObjectNode json) {
        JsonFields fields = JsonFields.of(json);
        fields.rejectUnknown(FIELDS);
        UUID responseId = fields.uuid("responseId", true);
        String associationId = fields.text("associationId", true, UNIT_ID,
                "must be a lower-case id of letters, digits and dashes, such as umearegionen");
        LocalDate answeredOn = fields.date("answeredOn", true, config.earliestDate(),
                LocalDate.now(ParticipantEventParser.SWEDEN));
        RespondentGroup group = fields.enumValue("respondentGroup", RespondentGroup.class, true);
        RespondentGender gender = fields.enumValue("respondentGender", RespondentGender.class, false);
        if (!fields.isPresent("platformIds")) {
            fields.reject("platformIds", "is required: one or more platforms");
        }
        List<String> platformIds = fields.list("platformIds", MAX_PLATFORMS,
                node -> node.isTextual() && UNIT_ID.matcher(node.textValue()).matches() ? node.textValue() : null,
                "must be a platform id such as ungdomstorget");
        if (fields.isPresent("platformIds") && platformIds.isEmpty() && fields.violations().stream()
                .noneMatch(violation -> violation.field().startsWith("platformIds"))) {
            fields.reject("platformIds", "must list at least one platform");
        }
        ObjectNode answersJson = fields.object("answers", true);
        if (!fields.violations().isEmpty()) {
            throw new InvalidInputException(fields.violations());
        }
        caller.requireAssociation(associationId, "associationId");
        for (int i = 0; i < platformIds.size(); i++) {
            referenceData.checkKnown(associationId, platformIds.get(i), answeredOn, "platformIds[" + i + "]");
        }
        for (int i = 0; i < platformIds.size(); i++) {
            caller.requirePlatformIfLimited(platformIds.get(i), "platformIds[" + i + "]");
        }
        Map<String, Object> answers = answers(fields, answersJson, associationId, group);
        if (!fields.violations().isEmpty()) {
            throw new InvalidInputException(fields.violations());
        }
        // platforms and answers in a fixed order: the same response resent in another order is a duplicate
        return new SurveyResponse(responseId, associationId, platformIds.stream().sorted().toList(), group, answeredOn,
                gender, answers);
    }

    private Map<String, Object> answers(JsonFields fields, ObjectNode json, String associationId,
            RespondentGroup group) {
        Map<String, Object> answers = new TreeMap<>();
        if (json.isEmpty()) {
            fields.reject("answers", "must hold at least one answer");
        } else if (json.size() > MAX_ANSWERS) {
            fields.reject("answers", "must hold at most " + MAX_ANSWERS + " answers");
            return answers;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = json.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String field = "answers." + entry.getKey();
            KnownQuestion question = referenceData.question(associationId, entry.getKey()).orElse(null);
            if (question == null) {
                fields.reject(field, "is not a question of the catalogue");
            } else if (!question.respondentGroups().contains(group)) {
                fields.reject(field, "is not asked of " + group + " (asked of " + question.respondentGroups() + ")");
            } else if (!question.scale().accepts(entry.getValue())) {
                fields.reject(field, "must be " + question.scale().describe() + " (scale " + question.scale() + ")");
            } else {
                JsonNode value = entry.getValue();
                answers.put(entry.getKey(), value.isTextual() ? value.textValue() : value.intValue());
            }
        }
        return answers;
    }
}
