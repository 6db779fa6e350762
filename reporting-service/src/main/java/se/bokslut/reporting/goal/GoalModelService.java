package se.bokslut.reporting.goal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.bokslut.reporting.report.WriteLocks;
import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.problem.Documents;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.question.QuestionService;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.ReferenceDataService;

/** Stores goal models as versioned documents, validated against the association's reference data. */
@ApplicationScoped
public class GoalModelService {

    @Inject
    GoalModelRepository models;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Documents documents;

    @Inject
    QuestionService questions;

    @Inject
    AuditService audit;

    @Inject
    WriteLocks locks;

    /** Validates and stores a new version of the model; returns it as stored, with its version. */
    @Transactional
    public GoalModel put(String associationId, int year, String body) {
        checkYear(year);
        Association association = referenceData.get(associationId);
        GoalModel model = documents.read(body, GoalModel.class);
        GoalModelValidator.validate(associationId, year, model, association, questions.lookup(associationId));
        locks.lock("goal-model", associationId + "/" + year);
        Optional<GoalModelVersion> previous = models.latest(associationId, year);
        int version = previous.map(latest -> latest.version + 1).orElse(1);
        GoalModelVersion stored = new GoalModelVersion();
        stored.associationId = associationId;
        stored.year = year;
        stored.version = version;
        stored.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        GoalModel result = model.stored(associationId, year, version, stored.createdAt);
        stored.document = documents.write(result);
        models.persist(stored);
        audit.record(associationId, AuditService.GOAL_MODEL, associationId + "/" + year,
                previous.map(latest -> latest.document).orElse(null), stored.document);
        return result;
    }

    /** The model in force for the year, if one was uploaded. */
    @Transactional
    public Optional<GoalModel> find(String associationId, int year) {
        return models.latest(associationId, year).map(stored -> documents.read(stored.document, GoalModel.class));
    }

    /** The years the association has a goal model for, oldest first. */
    @Transactional
    public java.util.List<Integer> years(String associationId) {
        return models.years(associationId);
    }

    @Transactional
    public GoalModel get(String associationId, int year, Integer version) {
        checkYear(year);
        return (version == null ? models.latest(associationId, year) : models.version(associationId, year, version))
                .map(stored -> documents.read(stored.document, GoalModel.class))
                .orElseThrow(() -> new UnknownResourceException("year", "no goal model"
                        + (version == null ? "" : " version " + version) + " for " + associationId + " " + year));
    }

    /** A year a goal model (or anything kept per year) may have: 400 naming {@code year} otherwise. */
    public static void checkYear(int year) {
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            throw InvalidInputException.badParameter("year",
                    "must be between " + Period.FIRST_YEAR + " and " + Period.LAST_YEAR);
        }
    }
}
