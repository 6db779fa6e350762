package se.bokslut.reporting.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokslut.reporting.accounts.SocialAccountsService.Baseline;
import se.bokslut.reporting.accounts.SocialAccountsService.Rendered;
import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.fulfilment.GoalFulfilment;
import se.bokslut.reporting.fulfilment.GoalFulfilmentCsv;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.problem.ConflictException;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.security.AccessDeniedException;
import se.bokslut.reporting.security.Caller;

/**
 * The live social accounts and their adopted editions. An edition freezes, for analysts and for BI readers alike,
 * the whole document as HTML and PDF and each unit's goal fulfilment as JSON and CSV; it is served from those bytes
 * ever after. The live document marks every result that differs from the latest edition of the reader's kind.
 */
@ApplicationScoped
public class SocialAccounts {

    static final String ANALYST = "ANALYST";
    static final String BI_READER = "BI_READER";
    public static final String AUDIT_TYPE = AuditService.SOCIAL_ACCOUNTS_EDITION;
    private static final TypeReference<Map<String, Map<String, String>>> RESULTS = new TypeReference<>() {
    };

    @Inject
    SocialAccountsService service;

    @Inject
    PdfRenderer pdf;

    @Inject
    EditionRepository editions;

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** The document as the caller may see it, marked against the latest edition. */
    public String live(String associationId, int year, String unit) {
        caller.requireAssociation(associationId, "associationId");
        return service.render(associationId, year, unit, caller.isAnalyst(), null,
                baseline(associationId, year, audience())).html();
    }

    public byte[] pdf(String html) {
        return pdf.render(html);
    }

    /** Adopts the year's accounts as the next edition: renders both audiences' documents and stores every part. */
    @Transactional
    public Edition adopt(String associationId, int year) {
        caller.requireAssociation(associationId, "associationId");
        if (!caller.isAnalyst()) {
            throw new AccessDeniedException("role", "only an analyst adopts the social accounts");
        }
        GoalModelService.checkYear(year);
        int edition = editions.latest(associationId, year) + 1;
        Rendered analyst = service.render(associationId, year, null, true, edition, null);
        Rendered reader = service.render(associationId, year, null, false, edition, null);
        int modelVersion = analyst.fulfilments().isEmpty() ? 0 : analyst.fulfilments().get(0).goalModelVersion();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            editions.insert(associationId, year, edition, modelVersion, caller.name(), now);
        } catch (RuntimeException e) {
            throw new ConflictException("edition", "another edition " + edition + " was adopted at the same time; try again");
        }
        store(associationId, year, edition, ANALYST, analyst);
        store(associationId, year, edition, BI_READER, reader);
        List<String> units = analyst.fulfilments().stream().map(f -> f.unit().id()).toList();
        audit.record(associationId, AUDIT_TYPE, year + "/" + edition, null, json(Map.of("edition", edition,
                "year", year, "goalModelVersion", modelVersion, "units", units)));
        return new Edition(associationId, year, edition, modelVersion, caller.name(), now, units,
                href(associationId, year, edition));
    }

    private void store(String associationId, int year, int edition, String audience, Rendered rendered) {
        editions.insertPart(associationId, year, edition, audience, EditionRepository.WHOLE_DOCUMENT, "HTML",
                rendered.html().getBytes(StandardCharsets.UTF_8));
        editions.insertPart(associationId, year, edition, audience, EditionRepository.WHOLE_DOCUMENT, "PDF",
                pdf.render(rendered.html()));
        editions.insertPart(associationId, year, edition, audience, EditionRepository.WHOLE_DOCUMENT, "RESULTS",
                json(Baseline.of(edition, rendered.fulfilments()).results()).getBytes(StandardCharsets.UTF_8));
        for (GoalFulfilment unit : rendered.fulfilments()) {
            editions.insertPart(associationId, year, edition, audience, unit.unit().id(), "JSON",
                    json(unit).getBytes(StandardCharsets.UTF_8));
            editions.insertPart(associationId, year, edition, audience, unit.unit().id(), "CSV",
                    GoalFulfilmentCsv.write(unit).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Transactional
    public List<Edition> list(String associationId, int year) {
        caller.requireAssociation(associationId, "associationId");
        GoalModelService.checkYear(year);
        return editions.editions(associationId, year).stream().map(row -> {
            int edition = ((Number) row[0]).intValue();
            return new Edition(associationId, year, edition, ((Number) row[1]).intValue(), (String) row[2],
                    time(row[3]), editions.units(associationId, year, edition), href(associationId, year, edition));
        }).toList();
    }

    /** A frozen part of an edition as the caller may see it: the whole document (unit null) or a unit's fulfilment. */
    @Transactional
    public byte[] part(String associationId, int year, int edition, String unit, String format) {
        caller.requireAssociation(associationId, "associationId");
        GoalModelService.checkYear(year);
        if (edition < 1 || edition > editions.latest(associationId, year)) {
            throw new UnknownResourceException("edition", "is not an adopted edition of " + associationId + " " + year);
        }
        String unitId = unit == null ? EditionRepository.WHOLE_DOCUMENT : unit;
        return editions.part(associationId, year, edition, audience(), unitId, format)
                .orElseThrow(() -> new UnknownResourceException("unit", "is not a unit of edition " + edition));
    }

    @Transactional
    Baseline baseline(String associationId, int year, String audience) {
        int latest = editions.latest(associationId, year);
        if (latest == 0) {
            return null;
        }
        return editions.part(associationId, year, latest, audience, EditionRepository.WHOLE_DOCUMENT, "RESULTS")
                .map(bytes -> {
                    try {
                        return new Baseline(latest, mapper.readValue(bytes, RESULTS));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("the results of an edition are not JSON", e);
                    }
                }).orElse(null);
    }

    private String audience() {
        return caller.isAnalyst() ? ANALYST : BI_READER;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String href(String associationId, int year, int edition) {
        return "/api/v1/reports/social-accounts/" + associationId + "/" + year + "/editions/" + edition;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
