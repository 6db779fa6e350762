package se.bokslut.reporting.accounts;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * Everything the social accounts template prints, already written in Swedish (templates/social-accounts.html). Each
 * section of SPEC §11 is one field; a section whose source has not landed yet is null and prints a placeholder.
 */
@TemplateData
public record SocialAccountsView(
        String associationName,
        int year,
        String modelTitle,
        int modelVersion,
        String asOf,
        String asOfNote,
        String edition,
        String audienceNote,
        String runningHeader,
        List<SummaryRow> summary,
        List<UnitView> units,
        List<VolumeView> volumes,
        /** SPEC §12: who the participants were, per unit. */
        List<BackgroundView> backgrounds,
        List<NarrativeView> narratives,
        List<QualityRow> quality,
        String qualityNote,
        List<OutcomeGroupView> outcomeGroups,
        boolean anyHidden) {

    @TemplateData
    public record SummaryRow(String unit, String area, int green, int yellow, int red, int noData, int hidden,
            String index) {
    }

    @TemplateData
    public record UnitView(String id, String name, String index, List<AreaView> areas) {
    }

    @TemplateData
    public record AreaView(String id, String title, String index, List<GoalView> goals) {
    }

    @TemplateData
    public record GoalView(String id, String title, String verdict, String verdictClass, String motivation,
            String chart, List<IndicatorView> indicators) {
    }

    @TemplateData
    public record IndicatorView(String id, String title, String target, String result, String signalClass,
            String signalWord, String women, String men, String comment, String change,
            /** SPEC §13: the same indicator in the two years before, matched by key, with a small chart; null when none. */
            String earlierYears) {
    }

    @TemplateData
    public record VolumeView(String id, String name, List<VolumeRow> rows) {
    }

    @TemplateData
    public record VolumeRow(String label, boolean sub, String women, String men, String total) {
    }

    @TemplateData
    public record BackgroundView(String id, String name, List<BackgroundRow> rows) {
    }

    /** A heading row ({@code heading}), or a count for women, men and total with the total's share of its base. */
    @TemplateData
    public record BackgroundRow(String label, boolean heading, boolean sub, String women, String men, String total,
            String share) {
    }

    @TemplateData
    public record NarrativeView(String unit, String indicator, String title, String date, String text) {
    }

    @TemplateData
    public record QualityRow(String unit, String what, String value) {
    }

    @TemplateData
    public record OutcomeGroupView(String id, String name, String outcomes) {
    }
}
