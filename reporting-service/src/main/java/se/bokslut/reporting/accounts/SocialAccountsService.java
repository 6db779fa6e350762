package se.bokslut.reporting.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import se.bokslut.reporting.accounts.SocialAccountsView.AreaView;
import se.bokslut.reporting.accounts.SocialAccountsView.GoalView;
import se.bokslut.reporting.accounts.SocialAccountsView.IndicatorView;
import se.bokslut.reporting.accounts.SocialAccountsView.NarrativeView;
import se.bokslut.reporting.accounts.SocialAccountsView.OutcomeGroupView;
import se.bokslut.reporting.accounts.SocialAccountsView.QualityRow;
import se.bokslut.reporting.accounts.SocialAccountsView.SummaryRow;
import se.bokslut.reporting.accounts.SocialAccountsView.UnitView;
import se.bokslut.reporting.accounts.SocialAccountsView.VolumeRow;
import se.bokslut.reporting.accounts.SocialAccountsView.VolumeView;
import se.bokslut.reporting.figures.AnomalyClient;
import se.bokslut.reporting.fulfilment.GoalFulfilment;
import se.bokslut.reporting.fulfilment.GoalFulfilment.AreaResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GoalResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.fulfilment.GoalFulfilmentService;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.manual.ManualInput;
import se.bokslut.reporting.manual.ManualInputService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.volume.GenderSplit;
import se.bokslut.reporting.accounts.SocialAccountsView.BackgroundRow;
import se.bokslut.reporting.accounts.SocialAccountsView.BackgroundView;
import se.bokslut.reporting.background.BackgroundReport;
import se.bokslut.reporting.background.BackgroundReport.Population;
import se.bokslut.reporting.background.BackgroundReportService;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.volume.OutcomeNames;
import se.bokslut.reporting.years.IndicatorKeys;
import se.bokslut.reporting.years.YearsReport;
import se.bokslut.reporting.years.YearsReport.YearResult;
import se.bokslut.reporting.years.YearsReportService;
import se.bokslut.reporting.volume.VolumeReport;
import se.bokslut.reporting.volume.VolumeReportService;

/**
 * The social accounts (socialt bokslut, SPEC §11) of an association's year as one document: built from the same goal
 * fulfilment and volume reports the JSON API serves, written in Swedish and rendered with the Qute template
 * templates/social-accounts.html. The PDF is rendered from the same HTML ({@link PdfRenderer}).
 */
@ApplicationScoped
public class SocialAccountsService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
            java.util.Locale.forLanguageTag("sv-SE"));
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    GoalFulfilmentService fulfilment;

    @Inject
    VolumeReportService volume;

    @Inject
    BackgroundReportService background;

    @Inject
    YearsReportService years;

    @Inject
    FiguresService figures;

    @Inject
    GoalModelService goalModels;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ManualInputService manual;

    @Inject
    Caller caller;

    @Inject
    se.bokslut.reporting.privacy.PrivacyConfig privacy;

    @Inject
    @RestClient
    AnomalyClient anomalies;

    @Inject
    @Location("social-accounts.html")
    Template template;

    /** The figures a document was built from: the goal fulfilment of each unit it covers, in order. */
    public record Rendered(String html, List<GoalFulfilment> fulfilments) {
    }

    /**
     * Renders the document for an analyst ({@code everyCount}) or a BI reader. {@code edition} is the edition number
     * when adopting, {@code baseline} the latest edition's results (unit → indicator → result text) to mark changes
     * against, with its number.
     */
    public Rendered render(String associationId, int year, String unitId, boolean everyCount, Integer edition,
            Baseline baseline) {
        caller.requireAssociation(associationId, "associationId");
        Period.year(year);
        Association association = referenceData.get(associationId);
        GoalModel model = goalModels.find(associationId, year).orElseThrow(() -> new UnknownResourceException("year",
                "no goal model for " + associationId + " " + year
                        + "; PUT /api/v1/goal-models/{associationId}/{year} uploads one"));
        List<String> unitIds = unitId == null || unitId.isBlank() ? model.assessedUnits() : List.of(unitId);
        String yearText = String.valueOf(year);
        // asked before the figures are: everything scoring had applied by then is in them
        Optional<OffsetDateTime> asOf = figures.asOf(associationId);

        List<GoalFulfilment> fulfilments = new ArrayList<>(unitIds.stream()
                .map(id -> fulfilment.fulfilmentFor(associationId, id, yearText, null, everyCount)).toList());
        // unit groups first, then platforms, each in the model's order
        fulfilments.sort(Comparator.comparing(f -> f.unit().kind() == Unit.Kind.UNIT_GROUP ? 0 : 1));

        List<SummaryRow> summary = new ArrayList<>();
        List<UnitView> units = new ArrayList<>();
        List<VolumeView> volumes = new ArrayList<>();
        List<BackgroundView> backgrounds = new ArrayList<>();
        List<NarrativeView> narratives = new ArrayList<>();
        List<QualityRow> quality = new ArrayList<>();
        boolean anyHidden = false;
        Map<String, String> keyOfIndicator = new LinkedHashMap<>();
        IndicatorKeys.byKey(model).forEach((key, indicator) -> keyOfIndicator.put(indicator.id(), key));
        for (GoalFulfilment unit : fulfilments) {
            ManualEntries entered = manual.entered(associationId, year, unit.unit().id());
            EarlierYears earlier = earlierYears(associationId, unit.unit().id(), year, everyCount, keyOfIndicator);
            List<AreaView> areas = new ArrayList<>();
            for (AreaResult area : unit.goalAreas()) {
                summary.add(new SummaryRow(unit.unit().name(), area.id() + " " + area.title(), area.summary().green(),
                        area.summary().yellow(), area.summary().red(), area.summary().noData(),
                        area.summary().suppressed(), index(area.index())));
                List<GoalView> goals = new ArrayList<>();
                for (GoalResult goal : area.goals()) {
                    goals.add(goal(unit, goal, baseline, earlier, year));
                    for (IndicatorResult indicator : goal.indicators()) {
                        if (indicator.kind() == IndicatorKind.EXAMPLES) {
                            entered.input(indicator.id()).map(ManualInput::narratives).orElse(List.of())
                                    .forEach(n -> narratives.add(new NarrativeView(unit.unit().name(),
                                            indicator.id() + " " + indicator.title(), n.title(),
                                            n.date() == null ? null : n.date().toString(), n.text())));
                        }
                        if (indicator.kind() == IndicatorKind.RESPONSE_RATE) {
                            quality.add(new QualityRow(unit.unit().name(), "Svarsfrekvens (" + indicator.id() + ")",
                                    Swedish.result(indicator)));
                        } else if (indicator.responseRate() != null) {
                            quality.add(new QualityRow(unit.unit().name(), "Svarsfrekvens deltagare, fråga "
                                    + indicator.id(), Swedish.value("PERCENT", indicator.responseRate())));
                        }
                    }
                }
                areas.add(new AreaView(area.id(), area.title(), index(area.index()), goals));
            }
            units.add(new UnitView(unit.unit().id(), unit.unit().name(), index(unit.index()), areas));
            anyHidden |= unit.summary().suppressed() > 0 || suppressedAny(unit.suppression());

            VolumeReport table = volume.reportFor(associationId, unit.unit().id(), yearText, null, everyCount);
            anyHidden |= suppressedAny(table.suppression());
            volumes.add(volumeView(table));
            BackgroundReport who = background.reportFor(associationId, unit.unit().id(), yearText, null, everyCount);
            anyHidden |= suppressedAny(who.suppression());
            backgrounds.add(backgroundView(who));
        }

        String qualityNote = null;
        if (everyCount) {
            quality.addAll(0, openAnomalies(associationId, association, fulfilments));
        } else {
            qualityNote = "Öppna avvikelser per plattform visas i analytikernas version av dokumentet.";
        }

        OffsetDateTime now = OffsetDateTime.now(SWEDEN);
        String header = association.name() + " – socialt bokslut " + year
                + (edition == null ? " (preliminärt)" : " – fastställd version " + edition);
        SocialAccountsView view = new SocialAccountsView(association.name(), year, model.title(), model.version(),
                WHEN.format(asOf.map(time -> time.atZoneSameInstant(SWEDEN)).orElse(now.toZonedDateTime())),
                asOf.isPresent() ? "Tidpunkten då den senaste händelsen räknades in. Allt som registrerats och räknats "
                        + "in till dess ingår; dokumentet skapades " + WHEN.format(now) + "."
                        : "Tidpunkten då dokumentet skapades: scoring-service angav ingen tidpunkt för den senaste "
                                + "händelse som räknats in.",
                edition == null ? null : String.valueOf(edition),
                everyCount ? null : "Små antal (1–" + privacy.smallCountThreshold() + ") är dolda i den här versionen.",
                header, summary, units, volumes, backgrounds, narratives, quality, qualityNote,
                model.outcomeGroups().stream().map(g -> new OutcomeGroupView(g.id(), g.name(),
                        String.join(", ", g.outcomes().stream().map(o -> OutcomeNames.name(o.name())).toList())))
                        .toList(),
                anyHidden);
        return new Rendered(template.data("doc", view).data("css", Stylesheet.css(header)).render(), fulfilments);
    }

    private static boolean suppressedAny(se.bokslut.reporting.privacy.Suppression suppression) {
        return suppression != null && suppression.cells() != null && !suppression.cells().isEmpty();
    }

    private List<QualityRow> openAnomalies(String associationId, Association association,
            List<GoalFulfilment> fulfilments) {
        Map<String, Long> perPlatform = new TreeMap<>();
        try {
            anomalies.open(associationId, "OPEN", 1000)
                    .forEach(a -> perPlatform.merge(a.platformId(), 1L, Long::sum));
        } catch (RuntimeException e) {
            return List.of(new QualityRow("Alla plattformar", "Öppna avvikelser",
                    "kunde inte hämtas från scoring-service"));
        }
        List<QualityRow> rows = new ArrayList<>();
        fulfilments.stream().flatMap(f -> f.unit().platformIds().stream()).distinct().forEach(platform -> rows.add(
                new QualityRow(association.platforms().stream().filter(p -> p.id().equals(platform)).findFirst()
                        .map(p -> p.name()).orElse(platform), "Öppna avvikelser (händelser som inte räknats)",
                        String.valueOf(perPlatform.getOrDefault(platform, 0L)))));
        return rows;
    }

    /**
     * The unit's indicators in the two years before, each under its own year's model, matched by indicator key (SPEC
     * §13). Empty when the unit did not exist then.
     */
    private EarlierYears earlierYears(String associationId, String unitId, int year, boolean everyCount,
            Map<String, String> keyOfIndicator) {
        int from = Math.max(Period.FIRST_YEAR, year - EarlierYears.YEARS);
        if (from >= year) {
            return EarlierYears.NONE;
        }
        try {
            YearsReport report = years.reportFor(associationId, unitId, String.valueOf(from),
                    String.valueOf(year - 1), null, everyCount);
            Map<String, List<YearResult>> byKey = new LinkedHashMap<>();
            report.indicators().forEach(series -> byKey.put(series.key(), series.years()));
            return new EarlierYears(keyOfIndicator, byKey);
        } catch (UnknownResourceException e) {
            return EarlierYears.NONE;
        }
    }

    /** An indicator's results in earlier years by the key of this year's indicator id. */
    record EarlierYears(Map<String, String> keyOfIndicator, Map<String, List<YearResult>> byKey) {

        static final int YEARS = 2;
        static final EarlierYears NONE = new EarlierYears(Map.of(), Map.of());

        /** "Tidigare år: 2017 68 % (15 av 22), 2018 utfall saknas" with a chart of the shares; null when none. */
        String of(IndicatorResult indicator, int year) {
            List<YearResult> results = byKey.getOrDefault(keyOfIndicator.getOrDefault(indicator.id(), indicator.id()),
                    List.of());
            if (results.stream().allMatch(result -> result.reason() != null
                    && result.reason().code() != YearsReport.Code.NO_FIGURES)) {
                return null;
            }
            StringBuilder text = new StringBuilder("Tidigare år: ");
            List<Charts.YearShare> shares = new ArrayList<>();
            for (YearResult result : results) {
                if (text.length() > "Tidigare år: ".length()) {
                    text.append(", ");
                }
                text.append(result.year()).append(' ');
                if (result.reason() != null) {
                    text.append("utfall saknas");
                } else if (result.status() == null) {
                    text.append(Swedish.HIDDEN);
                } else {
                    text.append(Swedish.value(result.valueUnit(), result.value()));
                }
                shares.add(new Charts.YearShare(result.year(), "PERCENT".equals(result.valueUnit())
                        && result.status() != null && result.reason() == null ? result.value() : null));
            }
            shares.add(new Charts.YearShare(year, "PERCENT".equals(indicator.valueUnit()) && indicator.status() != null
                    ? indicator.value() : null));
            String chart = Charts.years(indicator.id(), shares);
            return Html.escape(text.toString()) + (chart == null ? "" : "<figure class=\"years\">" + chart + "</figure>");
        }
    }

    private static GoalView goal(GoalFulfilment unit, GoalResult goal, Baseline baseline, EarlierYears earlier,
            int year) {
        List<IndicatorView> indicators = goal.indicators().stream().map(indicator -> {
            String result = Swedish.result(indicator);
            String change = baseline == null ? null
                    : baseline.result(unit.unit().id(), indicator.id()).filter(old -> !old.equals(result))
                            .map(old -> "ändrat sedan fastställd version " + baseline.edition() + ": " + old + " → "
                                    + result)
                            .orElse(null);
            return new IndicatorView(indicator.id(), indicator.title(), Swedish.target(indicator), result,
                    Swedish.signalClass(indicator.status()), Swedish.signalWord(indicator.status()),
                    gender(indicator, "women"), gender(indicator, "men"), indicator.comment(), change,
                    earlier.of(indicator, year));
        }).toList();
        return new GoalView(goal.id(), goal.title(),
                goal.verdict() == null ? null : Swedish.verdictWord(goal.verdict().status()),
                goal.verdict() == null ? null : goal.verdict().status().name().toLowerCase().replace('_', '-'),
                goal.verdict() == null ? null : goal.verdict().motivation(),
                Charts.goal(goal.id(), goal.indicators()), indicators);
    }

    private static String gender(IndicatorResult indicator, String group) {
        GenderResult result = indicator.byGender() == null ? null : indicator.byGender().get(group);
        return result == null ? "–" : Swedish.result(indicator.valueUnit(), result);
    }

    /** "87 % (33 av 38 poäng), 17 indexpoäng över budget". */
    static String index(CompositeIndex index) {
        if (index == null || index.percent() == null) {
            return "Index saknas (inget utfall med signal)";
        }
        String text = Swedish.number(index.percent()) + " % (" + index.points() + " av " + index.maxPoints()
                + " poäng)";
        if (index.difference() == null) {
            return text;
        }
        int difference = index.difference().intValue();
        return text + ", " + (difference == 0 ? "i nivå med budget (" + Swedish.number(index.budget()) + " %)"
                : Math.abs(difference) + " indexpoäng " + (difference > 0 ? "över" : "under") + " budget ("
                        + Swedish.number(index.budget()) + " %)");
    }

    private static VolumeView volumeView(VolumeReport table) {
        List<VolumeRow> rows = new ArrayList<>();
        rows.add(row("Antal deltagare", false, table.participants()));
        rows.add(row("varav nya", true, table.started()));
        rows.add(row("Avslutade", false, table.closed()));
        table.closedByOutcomeGroup().forEach(group -> rows.add(new VolumeRow(group.name(), true,
                Swedish.count(group.women()), Swedish.count(group.men()), Swedish.count(group.total()))));
        rows.add(row("Kvar i verksamheten", false, table.remaining()));
        return new VolumeView(table.unit().id(), table.unit().name(), rows);
    }

    /** The background table of a unit: persons, then each distribution of those active in the year. */
    private static BackgroundView backgroundView(BackgroundReport report) {
        Population who = report.participants();
        List<BackgroundRow> rows = new ArrayList<>();
        rows.add(count("Antal personer", false, who.persons()));
        rows.add(count("varav nya under året", true, report.started().persons()));
        rows.add(count("varav återaktualiserade", true, who.reReferredPersons()));
        rows.add(count("Antal insatser (en person kan ha flera)", false, who.episodes()));
        section(rows, "Ålder vid start", who.ageAtStart());
        section(rows, "Utbildning", who.education());
        section(rows, "Försörjning vid start (en person kan ha flera)", who.incomeSupport());
        section(rows, "År med offentlig försörjning före start", who.yearsOnPublicSupport());
        section(rows, "Hemkommun", who.municipality());
        section(rows, "Aktualiserade av", report.referralsByReferrer());
        rows.add(count("Avslutade under året", false, report.closures().closed()));
        section(rows, "Tid i verksamheten för de avslutade", report.closures().timeInPlatform());
        return new BackgroundView(report.unit().id(), report.unit().name(), rows);
    }

    private static void section(List<BackgroundRow> rows, String heading, List<BackgroundReport.Row> section) {
        rows.add(new BackgroundRow(heading, true, false, null, null, null, null));
        section.forEach(row -> rows.add(count(row.name(), true, row)));
    }

    private static BackgroundRow count(String label, boolean sub, BackgroundReport.Row row) {
        return new BackgroundRow(label, false, sub, Swedish.count(row.women()), Swedish.count(row.men()),
                Swedish.count(row.total()), row.totalPercent() == null ? "–" : row.totalPercent() + " %");
    }

    private static VolumeRow row(String label, boolean sub, GenderSplit split) {
        return new VolumeRow(label, sub, Swedish.count(split.women()), Swedish.count(split.men()),
                Swedish.count(split.total()));
    }

    /** The results of an adopted edition, unit → indicator → result as printed, to mark what changed since. */
    public record Baseline(int edition, Map<String, Map<String, String>> results) {

        public Optional<String> result(String unitId, String indicatorId) {
            return Optional.ofNullable(results.getOrDefault(unitId, Map.of()).get(indicatorId));
        }

        public static Baseline of(int edition, List<GoalFulfilment> fulfilments) {
            Map<String, Map<String, String>> results = new LinkedHashMap<>();
            for (GoalFulfilment unit : fulfilments) {
                Map<String, String> ofUnit = results.computeIfAbsent(unit.unit().id(), id -> new LinkedHashMap<>());
                unit.goalAreas().forEach(area -> area.goals().forEach(goal -> goal.indicators()
                        .forEach(indicator -> ofUnit.put(indicator.id(), Swedish.result(indicator)))));
            }
            return new Baseline(edition, results);
        }
    }
}
