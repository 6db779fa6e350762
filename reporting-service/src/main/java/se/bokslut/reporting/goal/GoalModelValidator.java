package se.bokslut.reporting.goal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.bokslut.reporting.problem.Violations;
import se.bokslut.reporting.question.Question;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.Platform;
import se.bokslut.reporting.reference.UnitGroup;
import se.bokslut.reporting.signal.Tolerance;

/**
 * Checks a goal model against its association's reference data and the rules of docs/goal-model.md, reporting every
 * broken path (e.g. {@code goalAreas[0].goals[1].indicators[0].target}).
 */
public final class GoalModelValidator {

    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    /** An indicator key: lower case, so ids such as 1.1.1 and words such as work-share both fit. */
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    private static final Set<IndicatorKind> PERCENT_KINDS = Set.of(IndicatorKind.CLOSURE_SHARE,
            IndicatorKind.THROUGHPUT, IndicatorKind.FOLLOW_UP_SHARE, IndicatorKind.SURVEY_SHARE,
            IndicatorKind.RESPONSE_RATE);
    /** Kind-specific fields and the kinds that may use them. */
    private static final Map<String, Set<IndicatorKind>> FIELD_KINDS = Map.of(
            "numeratorOutcomeGroup", Set.of(IndicatorKind.CLOSURE_SHARE),
            "denominatorOutcomeGroup", Set.of(IndicatorKind.CLOSURE_SHARE),
            "profileTag", Set.of(IndicatorKind.CLOSURE_SHARE),
            "measure", Set.of(IndicatorKind.COUNT),
            "monthsAfterClosure", Set.of(IndicatorKind.FOLLOW_UP_SHARE),
            "outcomeGroup", Set.of(IndicatorKind.FOLLOW_UP_SHARE),
            "question", Set.of(IndicatorKind.SURVEY_SHARE),
            "respondentGroup", Set.of(IndicatorKind.SURVEY_SHARE, IndicatorKind.RESPONSE_RATE),
            "positiveAnswers", Set.of(IndicatorKind.SURVEY_SHARE));
    private static final Map<String, Function<Indicator, Object>> FIELDS = Map.of(
            "numeratorOutcomeGroup", Indicator::numeratorOutcomeGroup,
            "denominatorOutcomeGroup", Indicator::denominatorOutcomeGroup,
            "profileTag", Indicator::profileTag,
            "measure", Indicator::measure,
            "monthsAfterClosure", Indicator::monthsAfterClosure,
            "outcomeGroup", Indicator::outcomeGroup,
            "question", Indicator::question,
            "respondentGroup", Indicator::respondentGroup,
            "positiveAnswers", Indicator::positiveAnswers);
    private static final Set<String> RESPONDENT_GROUPS = Set.of("PARTICIPANT", "STAFF", "STEERING_GROUP", "BOARD",
            "ASSOCIATION_MANAGER", "MANAGER");

    private final Violations violations = new Violations();
    private final Function<String, Optional<Question>> questions;
    private final Set<String> outcomeGroups = new HashSet<>();
    private final Set<String> units = new HashSet<>();

    private GoalModelValidator(Function<String, Optional<Question>> questions) {
        this.questions = questions;
    }

    /** Throws a 422 listing every violation, or returns when the model is valid. */
    public static void validate(String associationId, int year, GoalModel model, Association association,
            Function<String, Optional<Question>> questions) {
        new GoalModelValidator(questions).check(associationId, year, model, association);
    }

    private void check(String associationId, int year, GoalModel model, Association association) {
        violations.check(model.associationId() == null || model.associationId().equals(associationId), "associationId",
                "must equal the association of the path");
        violations.check(model.year() == null || model.year() == year, "year", "must equal the year of the path");

        Set<String> platforms = new HashSet<>();
        association.platforms().stream().map(Platform::id).forEach(platforms::add);
        units.addAll(platforms);
        association.unitGroups().stream().map(UnitGroup::id).forEach(units::add);
        Set<String> modelGroups = new HashSet<>();
        for (int i = 0; i < model.unitGroups().size(); i++) {
            UnitGroup group = model.unitGroups().get(i);
            String path = "unitGroups[" + i + "]";
            if (!violations.required(group, path)) {
                continue;
            }
            if (violations.id(group.id(), path + ".id")) {
                violations.check(!platforms.contains(group.id()), path + ".id", "is already the id of a platform");
                violations.check(modelGroups.add(group.id()), path + ".id", "is listed twice");
                units.add(group.id());
            }
            violations.required(group.name(), path + ".name");
            if (violations.check(group.platformIds() != null && !group.platformIds().isEmpty(), path + ".platformIds",
                    "must list at least one platform")) {
                for (int j = 0; j < group.platformIds().size(); j++) {
                    violations.check(platforms.contains(group.platformIds().get(j)), path + ".platformIds[" + j + "]",
                            "is not a platform of " + associationId);
                }
            }
        }
        if (violations.check(model.assessedUnits() != null && !model.assessedUnits().isEmpty(), "assessedUnits",
                "must list at least one platform or unit group")) {
            checkUnits(model.assessedUnits(), "assessedUnits");
        }

        if (violations.check(model.outcomeGroups() != null, "outcomeGroups", "is required")) {
            for (int i = 0; i < model.outcomeGroups().size(); i++) {
                OutcomeGroup group = model.outcomeGroups().get(i);
                String path = "outcomeGroups[" + i + "]";
                if (!violations.required(group, path)) {
                    continue;
                }
                if (violations.required(group.id(), path + ".id")) {
                    violations.check(outcomeGroups.add(group.id()), path + ".id", "is listed twice");
                }
                violations.required(group.name(), path + ".name");
                if (violations.check(group.outcomes() != null && !group.outcomes().isEmpty()
                        && !group.outcomes().contains(null), path + ".outcomes", "must list at least one outcome")) {
                    violations.check(new HashSet<>(group.outcomes()).size() == group.outcomes().size(),
                            path + ".outcomes", "lists an outcome twice");
                }
            }
        }

        Set<String> ids = new HashSet<>();
        Map<String, String> keys = new java.util.HashMap<>();
        if (violations.check(model.goalAreas() != null && !model.goalAreas().isEmpty(), "goalAreas",
                "must list at least one goal area")) {
            for (int a = 0; a < model.goalAreas().size(); a++) {
                GoalArea area = model.goalAreas().get(a);
                String areaPath = "goalAreas[" + a + "]";
                if (!violations.required(area, areaPath)) {
                    continue;
                }
                if (violations.required(area.id(), areaPath + ".id")) {
                    violations.check(ids.add("area:" + area.id()), areaPath + ".id", "is listed twice");
                }
                violations.required(area.title(), areaPath + ".title");
                checkIndex(area.index(), areaPath + ".index");
                if (!violations.check(area.goals() != null && !area.goals().isEmpty(), areaPath + ".goals",
                        "must list at least one goal")) {
                    continue;
                }
                for (int g = 0; g < area.goals().size(); g++) {
                    Goal goal = area.goals().get(g);
                    String goalPath = areaPath + ".goals[" + g + "]";
                    if (!violations.required(goal, goalPath)) {
                        continue;
                    }
                    if (violations.required(goal.id(), goalPath + ".id")) {
                        violations.check(ids.add("goal:" + goal.id()), goalPath + ".id", "is listed twice");
                    }
                    violations.required(goal.title(), goalPath + ".title");
                    if (!violations.check(goal.indicators() != null && !goal.indicators().isEmpty(),
                            goalPath + ".indicators", "must list at least one indicator")) {
                        continue;
                    }
                    for (int i = 0; i < goal.indicators().size(); i++) {
                        Indicator indicator = goal.indicators().get(i);
                        String path = goalPath + ".indicators[" + i + "]";
                        if (!violations.required(indicator, path)) {
                            continue;
                        }
                        if (violations.required(indicator.id(), path + ".id")) {
                            if (violations.check(ids.add("indicator:" + indicator.id()), path + ".id",
                                    "is listed twice")) {
                                checkKey(indicator, path, keys);
                            }
                        }
                        checkIndicator(indicator, path);
                    }
                }
            }
        }
        violations.throwIfAny();
    }

    private void checkIndicator(Indicator indicator, String path) {
        violations.required(indicator.title(), path + ".title");
        if (!violations.required(indicator.kind(), path + ".kind")) {
            return;
        }
        IndicatorKind kind = indicator.kind();
        Map<String, Function<Indicator, Object>> fields = new java.util.TreeMap<>(FIELDS);
        fields.forEach((field, getter) -> violations.check(getter.apply(indicator) == null
                || FIELD_KINDS.get(field).contains(kind), path + "." + field, "is not used by kind " + kind));

        if (kind == IndicatorKind.PRESENCE) {
            violations.check(indicator.target() == null || indicator.target().compareTo(BigDecimal.ONE) == 0,
                    path + ".target", "must be 1 (present) or absent for PRESENCE");
        } else if (violations.required(indicator.target(), path + ".target") && PERCENT_KINDS.contains(kind)) {
            violations.check(indicator.target().signum() >= 0 && indicator.target().compareTo(BigDecimal.valueOf(100)) <= 0,
                    path + ".target", "must be a percentage between 0 and 100");
        }
        checkTolerance(indicator.tolerance(), path + ".tolerance");
        if (indicator.units() != null && violations.check(!indicator.units().isEmpty(), path + ".units",
                "must list at least one unit, or be left out for the model's assessedUnits")) {
            checkUnits(indicator.units(), path + ".units");
        }
        switch (kind) {
            case CLOSURE_SHARE -> {
                if (violations.required(indicator.numeratorOutcomeGroup(), path + ".numeratorOutcomeGroup")) {
                    knownOutcomeGroup(indicator.numeratorOutcomeGroup(), path + ".numeratorOutcomeGroup");
                }
                if (indicator.denominatorOutcomeGroup() != null) {
                    knownOutcomeGroup(indicator.denominatorOutcomeGroup(), path + ".denominatorOutcomeGroup");
                }
                violations.check(indicator.profileTag() == null || TAG.matcher(indicator.profileTag()).matches(),
                        path + ".profileTag", "must be an upper-case word such as PSYCHIATRIC_CONTACT");
            }
            case COUNT -> violations.required(indicator.measure(), path + ".measure");
            case FOLLOW_UP_SHARE -> {
                if (violations.required(indicator.monthsAfterClosure(), path + ".monthsAfterClosure")) {
                    violations.check(Set.of(6, 12, 24).contains(indicator.monthsAfterClosure()),
                            path + ".monthsAfterClosure", "must be 6, 12 or 24");
                }
                if (indicator.outcomeGroup() != null) {
                    knownOutcomeGroup(indicator.outcomeGroup(), path + ".outcomeGroup");
                }
            }
            case SURVEY_SHARE -> checkSurveyShare(indicator, path);
            case RESPONSE_RATE -> respondentGroup(indicator.respondentGroup(), path + ".respondentGroup", false);
            default -> {
                // THROUGHPUT and the manual kinds need nothing more
            }
        }
    }

    private void checkSurveyShare(Indicator indicator, String path) {
        respondentGroup(indicator.respondentGroup(), path + ".respondentGroup", true);
        if (!violations.required(indicator.question(), path + ".question")) {
            return;
        }
        Question question = questions.apply(indicator.question()).orElse(null);
        if (!violations.check(question != null, path + ".question",
                "is not a question of the catalogue available to this association")) {
            return;
        }
        violations.check(indicator.respondentGroup() == null || question.respondentGroups().stream()
                .anyMatch(group -> group.name().equals(indicator.respondentGroup())), path + ".respondentGroup",
                "is not asked " + indicator.question() + " (asked of " + question.respondentGroups() + ")");
        if (indicator.positiveAnswers() != null && violations.check(!indicator.positiveAnswers().isEmpty(),
                path + ".positiveAnswers", "must list at least one answer, or be left out for the default")) {
            for (int i = 0; i < indicator.positiveAnswers().size(); i++) {
                violations.check(question.scale().answers().contains(indicator.positiveAnswers().get(i)),
                        path + ".positiveAnswers[" + i + "]", "must be one of " + question.scale().answers()
                                + " (scale " + question.scale() + ")");
            }
        }
    }

    /**
     * An explicit key must be well formed, and every indicator's key (its id when it has none) unique in the model. A
     * clash is reported at the explicit key, the one to change.
     */
    private void checkKey(Indicator indicator, String path, Map<String, String> keys) {
        if (indicator.key() != null && !violations.check(KEY.matcher(indicator.key()).matches(), path + ".key",
                "must be lower-case letters, digits, dots, dashes or underscores, such as work-share")) {
            return;
        }
        String key = indicator.keyOrDefault();
        String earlier = keys.putIfAbsent(key, indicator.key() == null ? path + ".id" : path + ".key");
        if (earlier == null) {
            return;
        }
        if (indicator.key() != null) {
            violations.add(path + ".key", "is already the key of " + earlier.substring(0, earlier.lastIndexOf('.')));
        } else {
            // the earlier indicator chose an explicit key equal to this one's id
            violations.add(earlier, "is already the id of " + path + ", which has no key of its own");
        }
    }

    private void checkTolerance(Tolerance tolerance, String path) {
        if (tolerance == null) {
            return;
        }
        violations.check(tolerance.green() == null || tolerance.green().signum() >= 0, path + ".green",
                "must be 0 or more");
        violations.check(tolerance.yellow() == null || tolerance.yellow().signum() >= 0, path + ".yellow",
                "must be 0 or more");
        violations.check(tolerance.green() == null || tolerance.yellow() == null
                || tolerance.yellow().compareTo(tolerance.green()) >= 0, path + ".yellow",
                "must be at least the green band");
    }

    private void checkUnits(List<String> list, String path) {
        for (int i = 0; i < list.size(); i++) {
            violations.check(list.get(i) != null && units.contains(list.get(i)), path + "[" + i + "]",
                    "is not a platform or unit group of the association or of this model");
        }
    }

    private void knownOutcomeGroup(String id, String path) {
        violations.check(outcomeGroups.contains(id), path, "is not an outcome group of this model");
    }

    private void respondentGroup(String group, String path, boolean required) {
        if (group == null) {
            violations.check(!required, path, "is required");
            return;
        }
        violations.check(RESPONDENT_GROUPS.contains(group), path,
                "must be one of " + String.join(", ", new java.util.TreeSet<>(RESPONDENT_GROUPS)));
    }


    private void checkIndex(GoalAreaIndex index, String path) {
        if (index == null) {
            return;
        }
        if (index.budget() != null) {
            violations.check(index.budget().signum() >= 0 && index.budget().compareTo(BigDecimal.valueOf(100)) <= 0
                    && index.budget().stripTrailingZeros().scale() <= 0, path + ".budget",
                    "must be a whole percent between 0 and 100");
        }
        index.points().forEach((signal, points) -> {
            if (violations.check(signal != se.bokslut.reporting.signal.Signal.NO_DATA, path + ".points.NO_DATA",
                    "is not counted: a result without data is left out of the index")) {
                violations.check(points != null && points >= 0 && points <= 100, path + ".points." + signal,
                        "must be a whole number between 0 and 100");
            }
        });
        if (!index.points().isEmpty()) {
            violations.check(index.indexPoints().max() > 0, path + ".points",
                    "must give at least one signal more than 0 points");
        }
    }
}
