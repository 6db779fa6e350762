package se.bokslut.reporting.reference;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.problem.Documents;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.problem.Violations;

/** Keeps associations, their platforms and standing unit groups, and hands every change to intake via Kafka. */
@ApplicationScoped
public class ReferenceDataService {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{4}");

    @Inject
    AssociationRepository associations;

    @Inject
    Documents documents;

    @Inject
    ReferenceDataPublisher publisher;

    @Inject
    AuditService audit;

    /** Validates and stores an association's reference data; returns it with its id. */
    @Transactional
    public Association put(String associationId, String body) {
        Association association = documents.read(body, Association.class);
        validate(associationId, association);
        Association stored = association.withId(associationId);
        AssociationDocument document = associations.findByIdOptional(associationId).orElseGet(() -> {
            AssociationDocument created = new AssociationDocument();
            created.id = associationId;
            return created;
        });
        String before = document.document;
        document.document = documents.write(stored);
        audit.record(associationId, AuditService.ASSOCIATION, associationId, before, document.document);
        document.version++;
        document.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        associations.persist(document);
        associations.flush();
        // published inside the transaction: if Kafka does not acknowledge, nothing is committed
        publisher.publish(stored);
        return stored;
    }

    @Transactional
    public Optional<Association> find(String associationId) {
        return associations.findByIdOptional(associationId)
                .map(document -> documents.read(document.document, Association.class));
    }

    public Association get(String associationId) {
        return find(associationId).orElseThrow(() -> new UnknownResourceException("associationId",
                "no association with this id; PUT /api/v1/associations/{associationId} creates it"));
    }

    @Transactional
    public List<Association> all() {
        return associations.listAll().stream()
                .map(document -> documents.read(document.document, Association.class))
                .sorted(java.util.Comparator.comparing(Association::id))
                .toList();
    }

    private static void validate(String associationId, Association association) {
        Violations violations = new Violations();
        violations.id(associationId, "associationId");
        violations.check(association.id() == null || association.id().equals(associationId), "id",
                "must equal the association id of the path");
        violations.required(association.name(), "name");
        Set<String> platformIds = new HashSet<>();
        if (violations.check(association.platforms() != null && !association.platforms().isEmpty(), "platforms",
                "must list at least one platform")) {
            for (int i = 0; i < association.platforms().size(); i++) {
                Platform platform = association.platforms().get(i);
                String path = "platforms[" + i + "]";
                if (violations.id(platform.id(), path + ".id")) {
                    violations.check(platformIds.add(platform.id()), path + ".id", "is listed twice");
                }
                violations.required(platform.name(), path + ".name");
                violations.check(platform.municipalityCode() == null
                        || MUNICIPALITY_CODE.matcher(platform.municipalityCode()).matches(), path + ".municipalityCode",
                        "must be a 4-digit SCB municipality code such as 2480");
                violations.check(platform.activeFrom() == null || platform.activeTo() == null
                        || !platform.activeTo().isBefore(platform.activeFrom()), path + ".activeTo",
                        "must not be before activeFrom");
            }
        }
        Set<String> groupIds = new HashSet<>();
        for (int i = 0; i < association.unitGroups().size(); i++) {
            UnitGroup group = association.unitGroups().get(i);
            String path = "unitGroups[" + i + "]";
            if (violations.id(group.id(), path + ".id")) {
                violations.check(groupIds.add(group.id()) && !platformIds.contains(group.id()), path + ".id",
                        "is already the id of a platform or another unit group");
            }
            violations.required(group.name(), path + ".name");
            if (violations.check(group.platformIds() != null && !group.platformIds().isEmpty(), path + ".platformIds",
                    "must list at least one platform")) {
                for (int j = 0; j < group.platformIds().size(); j++) {
                    violations.check(platformIds.contains(group.platformIds().get(j)), path + ".platformIds[" + j + "]",
                            "is not a platform of this association");
                }
            }
        }
        violations.throwIfAny();
    }
}
