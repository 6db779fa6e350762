package se.bokslut.intake.participant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.participant.contract.Education;
import se.bokslut.intake.participant.contract.Gender;
import se.bokslut.intake.participant.contract.IncomeSupport;
import se.bokslut.intake.participant.contract.Outcome;
import se.bokslut.intake.participant.contract.ParticipantEvent;
import se.bokslut.intake.participant.contract.ParticipantEventType;
import se.bokslut.intake.participant.contract.PreparationDecision;
import se.bokslut.intake.participant.contract.Profile;
import se.bokslut.intake.participant.contract.ReferralSource;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonFields;
import se.bokslut.intake.validation.PersonalIdentityNumbers;

/**
 * Reads a participant event out of a JSON object exactly as SPEC §4 defines it, reporting every violation with the
 * path of its field. Fields of another event type and unknown fields are rejected, so a sender's typo never passes
 * silently.
 */
@ApplicationScoped
public class ParticipantEventParser {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final String UNIT_ID_MESSAGE = "must be a lower-case id of letters, digits and dashes, such as ungdomstorget";
    static final Pattern PARTICIPANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{4}");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> ENVELOPE = Set.of("eventId", "type", "occurredOn", "associationId", "platformId",
            "participantId");
    private static final Map<ParticipantEventType, Set<String>> TYPE_FIELDS = new EnumMap<>(Map.of(
            ParticipantEventType.PARTICIPANT_REFERRED, Set.of("referredBy"),
            ParticipantEventType.PREPARATION_DECIDED, Set.of("decision"),
            ParticipantEventType.PARTICIPANT_STARTED, Set.of("profile"),
            ParticipantEventType.PARTICIPANT_CLOSED, Set.of("outcome"),
            ParticipantEventType.FOLLOW_UP_RECORDED, Set.of("monthsAfterClosure", "employed"),
            ParticipantEventType.EVENT_RETRACTED, Set.of("retractedEventId")));
    private static final Set<String> PROFILE_FIELDS = Set.of("gender", "birthYear", "municipalityCode", "education",
            "incomeSupport", "yearsOnPublicSupport", "tags");
    private static final Set<Integer> FOLLOW_UP_MONTHS = Set.of(6, 12, 24);

    @Inject
    IntakeConfig config;

    /** The event, or an {@link InvalidInputException} listing every violation. */
    public ParticipantEvent parse(ObjectNode json) {
        JsonFields fields = JsonFields.of(json);
        LocalDate today = LocalDate.now(SWEDEN);

        ParticipantEventType type = fields.enumValue("type", ParticipantEventType.class, true);
        var eventId = fields.uuid("eventId", true);
        LocalDate occurredOn = fields.date("occurredOn", true, config.earliestDate(), today);
        String associationId = fields.text("associationId", true, UNIT_ID, UNIT_ID_MESSAGE);
        String platformId = fields.text("platformId", true, UNIT_ID, UNIT_ID_MESSAGE);
        String participantId = fields.text("participantId", true, PARTICIPANT_ID,
                "must be the sender's pseudonym: 1–64 letters, digits or . _ : / -");

        Set<String> known = new HashSet<>(ENVELOPE);
        TYPE_FIELDS.values().forEach(known::addAll);
        fields.rejectUnknown(known);

        ReferralSource referredBy = null;
        PreparationDecision decision = null;
        Profile profile = null;
        Outcome outcome = null;
        Integer months = null;
        Boolean employed = null;
        java.util.UUID retracted = null;
        if (type != null) {
            Set<String> others = new HashSet<>(known);
            others.removeAll(ENVELOPE);
            others.removeAll(TYPE_FIELDS.get(type));
            fields.rejectPresent(others, "is not allowed for type " + type);
            switch (type) {
                case PARTICIPANT_REFERRED -> referredBy = fields.enumValue("referredBy", ReferralSource.class, true);
                case PREPARATION_DECIDED -> decision = fields.enumValue("decision", PreparationDecision.class, true);
                case PARTICIPANT_STARTED -> profile = profile(fields, today);
                case PARTICIPANT_CLOSED -> outcome = fields.enumValue("outcome", Outcome.class, true);
                case FOLLOW_UP_RECORDED -> {
                    months = fields.integer("monthsAfterClosure", true, 6, 24);
                    if (months != null && !FOLLOW_UP_MONTHS.contains(months)) {
                        fields.reject("monthsAfterClosure", "must be 6, 12 or 24");
                    }
                    employed = fields.bool("employed", true);
                }
                case EVENT_RETRACTED -> retracted = fields.uuid("retractedEventId", true);
            }
        }
        if (!fields.violations().isEmpty()) {
            throw new InvalidInputException(fields.violations());
        }
        return new ParticipantEvent(eventId, type, occurredOn, associationId, platformId, participantId, referredBy,
                decision, profile, outcome, months, employed, retracted);
    }

    private static Profile profile(JsonFields fields, LocalDate today) {
        ObjectNode json = fields.object("profile", true);
        if (json == null) {
            return null;
        }
        JsonFields profile = fields.nested("profile", json);
        profile.rejectUnknown(PROFILE_FIELDS);
        Gender gender = profile.enumValue("gender", Gender.class, true);
        Integer birthYear = profile.integer("birthYear", true, 1900, today.getYear());
        String municipality = profile.text("municipalityCode", true, MUNICIPALITY_CODE,
                "must be a 4-digit SCB municipality code such as 2480");
        Education education = profile.enumValue("education", Education.class, true);
        List<IncomeSupport> support = profile.list("incomeSupport", IncomeSupport.values().length,
                node -> node.isTextual() ? JsonFields.parseEnum(IncomeSupport.class, node.textValue()) : null,
                "must be one of " + JsonFields.allowedValues(IncomeSupport.class));
        if (support != null && support.contains(IncomeSupport.NONE) && support.size() > 1) {
            profile.reject("incomeSupport", "NONE means no income support and cannot be listed with another kind");
        }
        Integer years = profile.integer("yearsOnPublicSupport", false, 0, 100);
        List<String> tags = profile.list("tags", 20, ParticipantEventParser::tag,
                "must be an upper-case word such as PSYCHIATRIC_CONTACT (A–Z, 0–9, _; at most 40 characters)");
        return new Profile(gender, birthYear, municipality, education, support, years, tags);
    }

    private static String tag(JsonNode node) {
        return node.isTextual() && TAG.matcher(node.textValue()).matches()
                && !PersonalIdentityNumbers.containsOne(node.textValue()) ? node.textValue() : null;
    }
}
