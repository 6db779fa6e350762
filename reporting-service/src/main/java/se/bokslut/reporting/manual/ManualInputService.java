package se.bokslut.reporting.manual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.bokslut.reporting.report.WriteLocks;
import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.fulfilment.GoalFulfilmentService;
import se.bokslut.reporting.goal.Goal;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.ManualEntry.SubjectType;
import se.bokslut.reporting.problem.Documents;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;
import se.bokslut.reporting.security.Caller;

/**
 * Keeps what analysts enter per unit and year: the results of the manual indicators (MANUAL_VALUE, EXAMPLES,
 * PRESENCE) and the board's verdicts on goals. Each entry is checked against the year's goal model in force, and every
 * change is audited.
 */
@ApplicationScoped
public class ManualInputService {

    static final int MAX_COMMENT = 2000;
    static final int MAX_MOTIVATION = 4000;
    static final int MAX_TITLE = 200;
    static final int MAX_NARRATIVE = 8000;
    /** Larger than any register statistic or number of case narratives; keeps nonsense out of the accounts. */
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000");

    @Inject
    WriteLocks locks;

    @Inject
    ManualEntryRepository entries;

    @Inject
    ReportScopes scopes;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Documents documents;

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @Transactional
    public ManualRecord putInput(String associationId, int year, String unitId, String indicatorId, String body) {
        Indicator indicator = manualIndicator(associationId, year, unitId, indicatorId);
        ManualInput input = checked(indicator, documents.read(body, ManualInput.class));
        return store(new ManualEntry.Key(associationId, year, unitId, SubjectType.INDICATOR, indicatorId),
                documents.write(input), AuditService.MANUAL_INPUT);
    }

    @Transactional
    public ManualRecord putVerdict(String associationId, int year, String unitId, String goalId, String body) {
        assessedGoal(associationId, year, unitId, goalId);
        BoardVerdict verdict = checked(documents.read(body, BoardVerdict.class));
        return store(new ManualEntry.Key(associationId, year, unitId, SubjectType.GOAL, goalId),
                documents.write(verdict), AuditService.BOARD_VERDICT);
    }

    /** Removes an entry, so the result is NO_DATA (or the verdict absent) again; false when nothing was entered. */
    @Transactional
    public boolean remove(String associationId, int year, String unitId, SubjectType type, String subjectId) {
        scope(associationId, year, unitId);
        ManualEntry.Key key = new ManualEntry.Key(associationId, year, unitId, type, subjectId);
        Optional<ManualEntry> existing = entries.findByIdOptional(key);
        existing.ifPresent(entry -> {
            entries.delete(entry);
            audit.record(associationId, auditType(type), subjectId(key), entry.document, null);
        });
        return existing.isPresent();
    }

    /** The entries of an association's year, of one unit or (unitId null) of all. */
    @Transactional
    public List<ManualRecord> list(String associationId, int year, String unitId) {
        if (unitId == null) {
            caller.requireAssociation(associationId, "associationId");
            GoalModelService.checkYear(year);
            referenceData.get(associationId);
        } else {
            scope(associationId, year, unitId);
        }
        return entries.ofYear(associationId, year, unitId).stream().map(this::record).toList();
    }

    /** What was entered for a unit and year, for goal fulfilment. */
    @Transactional
    public ManualEntries entered(String associationId, int year, String unitId) {
        Map<String, ManualInput> inputs = new HashMap<>();
        Map<String, BoardVerdict> verdicts = new HashMap<>();
        for (ManualEntry entry : entries.ofYear(associationId, year, unitId)) {
            if (entry.subjectType == SubjectType.INDICATOR) {
                inputs.put(entry.subjectId, documents.read(entry.document, ManualInput.class));
            } else {
                verdicts.put(entry.subjectId, documents.read(entry.document, BoardVerdict.class));
            }
        }
        return new ManualEntries(inputs, verdicts);
    }

    private ManualRecord store(ManualEntry.Key key, String document, String auditType) {
        locks.lock("manual-entry", key.toString());
        Optional<ManualEntry> existing = entries.findByIdOptional(key);
        String before = existing.map(entry -> entry.document).orElse(null);
        ManualEntry entry = existing.orElseGet(() -> {
            ManualEntry created = new ManualEntry();
            created.associationId = key.associationId();
            created.year = key.year();
            created.unitId = key.unitId();
            created.subjectType = key.subjectType();
            created.subjectId = key.subjectId();
            return created;
        });
        entry.document = document;
        entry.changedBy = caller.name();
        entry.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (existing.isEmpty()) {
            entries.persist(entry);
        }
        audit.record(key.associationId(), auditType, subjectId(key), before, document);
        return record(entry);
    }

    private ManualRecord record(ManualEntry entry) {
        boolean indicator = entry.subjectType == SubjectType.INDICATOR;
        return new ManualRecord(entry.unitId, entry.year, entry.subjectType, entry.subjectId,
                indicator ? documents.read(entry.document, ManualInput.class) : null,
                indicator ? null : documents.read(entry.document, BoardVerdict.class), entry.changedBy, entry.changedAt);
    }

    private static String subjectId(ManualEntry.Key key) {
        return key.year() + "/" + key.unitId() + "/" + key.subjectId();
    }

    private static String auditType(SubjectType type) {
        return type == SubjectType.INDICATOR ? AuditService.MANUAL_INPUT : AuditService.BOARD_VERDICT;
    }

    private ReportScope scope(String associationId, int year, String unitId) {
        return scopes.resolve(associationId, unitId, String.valueOf(year), null);
    }

    private GoalModel model(ReportScope scope, int year) {
        return scope.goalModel().orElseThrow(() -> new UnknownResourceException("year", "no goal model for "
                + scope.associationId() + " " + year + "; entries are checked against the year's goal model"));
    }

    private Indicator manualIndicator(String associationId, int year, String unitId, String indicatorId) {
        ReportScope scope = scope(associationId, year, unitId);
        GoalModel model = model(scope, year);
        Indicator indicator = model.indicator(indicatorId).orElseThrow(() -> new UnknownResourceException(
                "indicatorId", "is not an indicator of the " + year + " goal model"));
        if (!indicator.kind().isManual()) {
            throw InvalidInputException.unprocessable("indicatorId", "is a " + indicator.kind()
                    + " indicator, computed from the events; only MANUAL_VALUE, EXAMPLES and PRESENCE are entered");
        }
        if (!GoalFulfilmentService.appliesTo(indicator, model, unitId)) {
            throw InvalidInputException.unprocessable("unit", "indicator " + indicatorId + " is not assessed for "
                    + unitId + " in the " + year + " goal model");
        }
        return indicator;
    }

    private void assessedGoal(String associationId, int year, String unitId, String goalId) {
        ReportScope scope = scope(associationId, year, unitId);
        GoalModel model = model(scope, year);
        Goal goal = model.goal(goalId)
                .orElseThrow(() -> new UnknownResourceException("goalId", "is not a goal of the " + year + " goal model"));
        if (goal.indicators().stream().noneMatch(indicator -> GoalFulfilmentService.appliesTo(indicator, model, unitId))) {
            throw InvalidInputException.unprocessable("unit", "goal " + goalId + " has no indicator assessed for "
                    + unitId + " in the " + year + " goal model");
        }
    }

    static ManualInput checked(Indicator indicator, ManualInput input) {
        if (indicator.kind() == IndicatorKind.PRESENCE) {
            if (input.value() != null) {
                throw InvalidInputException.unprocessable("value", "is not used by a PRESENCE indicator; send present");
            }
            if (input.narratives() != null) {
                throw InvalidInputException.unprocessable("narratives", "are only for EXAMPLES indicators");
            }
            if (input.present() == null) {
                throw InvalidInputException.unprocessable("present", "is required for a PRESENCE indicator: true or false");
            }
        } else {
            if (input.narratives() != null) {
                input = checkedNarratives(indicator, input);
            }
            if (input.value() == null) {
                throw InvalidInputException.unprocessable("value", "is required for a " + indicator.kind() + " indicator");
            }
            if (input.present() != null) {
                throw InvalidInputException.unprocessable("present", "is only for PRESENCE indicators; send value");
            }
            if (input.value().abs().compareTo(MAX_MAGNITUDE) >= 0 || input.value().scale() > 6) {
                throw InvalidInputException.unprocessable("value",
                        "must be less than 1,000,000,000 in size, with at most 6 decimals");
            }
            if (indicator.kind() == IndicatorKind.EXAMPLES
                    && (input.value().signum() < 0 || input.value().stripTrailingZeros().scale() > 0)) {
                throw InvalidInputException.unprocessable("value",
                        "must be a whole number from 0: the number of case narratives");
            }
        }
        if (input.comment() != null && input.comment().length() > MAX_COMMENT) {
            throw InvalidInputException.unprocessable("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        return input;
    }

    /** Narratives belong to EXAMPLES only; each needs a title and a text, and the value is their number. */
    private static ManualInput checkedNarratives(Indicator indicator, ManualInput input) {
        if (indicator.kind() != IndicatorKind.EXAMPLES) {
            throw InvalidInputException.unprocessable("narratives", "are only for EXAMPLES indicators");
        }
        for (int i = 0; i < input.narratives().size(); i++) {
            ManualInput.Narrative narrative = input.narratives().get(i);
            String path = "narratives[" + i + "]";
            if (narrative == null) {
                throw InvalidInputException.unprocessable(path, "must be a narrative with title and text");
            }
            if (narrative.title() == null || narrative.title().isBlank() || narrative.title().length() > MAX_TITLE) {
                throw InvalidInputException.unprocessable(path + ".title",
                        "is required, at most " + MAX_TITLE + " characters");
            }
            if (narrative.text() == null || narrative.text().isBlank() || narrative.text().length() > MAX_NARRATIVE) {
                throw InvalidInputException.unprocessable(path + ".text",
                        "is required, at most " + MAX_NARRATIVE + " characters");
            }
        }
        BigDecimal count = BigDecimal.valueOf(input.narratives().size());
        if (input.value() != null && input.value().compareTo(count) != 0) {
            throw InvalidInputException.unprocessable("value",
                    "must equal the number of narratives (" + count + ") or be left out");
        }
        return input.withValue(count);
    }

    static BoardVerdict checked(BoardVerdict verdict) {
        if (verdict.status() == null) {
            throw InvalidInputException.unprocessable("status", "is required: GREEN, YELLOW, RED or NOT_ASSESSED");
        }
        boolean motivated = verdict.motivation() != null && !verdict.motivation().isBlank();
        if (!motivated && verdict.status() != BoardVerdict.Verdict.NOT_ASSESSED) {
            throw InvalidInputException.unprocessable("motivation", "is required: the board's written motivation");
        }
        if (motivated && verdict.motivation().length() > MAX_MOTIVATION) {
            throw InvalidInputException.unprocessable("motivation",
                    "must be at most " + MAX_MOTIVATION + " characters");
        }
        return verdict;
    }
}
