package se.bokslut.reporting.background;

import java.util.Map;

import se.bokslut.reporting.reference.Municipalities;

/** The Swedish names of the background categories, as the published accounts print them. */
final class BackgroundLabels {

    private static final Map<String, String> AGE = Map.of("UNDER_16", "Under 16 år", "16_19", "16–19 år", "20_24",
            "20–24 år", "25_29", "25–29 år", "30_39", "30–39 år", "40_49", "40–49 år", "50_59", "50–59 år", "60_64",
            "60–64 år", "65_PLUS", "65 år och äldre", "UNKNOWN", "Uppgift saknas");
    private static final Map<String, String> EDUCATION = Map.of("COMPULSORY", "Förgymnasial utbildning",
            "UPPER_SECONDARY", "Gymnasial utbildning", "POST_SECONDARY_UNDER_3_YEARS",
            "Eftergymnasial utbildning, kortare än 3 år", "POST_SECONDARY_3_YEARS_OR_MORE",
            "Eftergymnasial utbildning, 3 år eller längre", "UNKNOWN", "Uppgift saknas");
    private static final Map<String, String> INCOME_SUPPORT = Map.of("SICKNESS_BENEFIT",
            "Sjukpenning eller rehabiliteringspenning", "ACTIVITY_COMPENSATION", "Aktivitetsersättning",
            "SICKNESS_COMPENSATION", "Sjukersättning", "UNEMPLOYMENT_INSURANCE", "Arbetslöshetsersättning (a-kassa)",
            "ACTIVITY_SUPPORT", "Aktivitetsstöd", "SOCIAL_ASSISTANCE", "Försörjningsstöd", "STUDENT_AID", "Studiestöd",
            "OTHER_PUBLIC", "Annan offentlig försörjning", "NONE", "Ingen offentlig försörjning", "NOT_STATED",
            "Uppgift saknas");
    private static final Map<String, String> YEARS = Map.of("0", "0 år", "1_3", "1–3 år", "4_6", "4–6 år", "7_PLUS",
            "7 år eller mer", "UNKNOWN", "Uppgift saknas");
    private static final Map<String, String> TIME = Map.of("UNDER_3_MONTHS", "Under 3 månader", "3_6_MONTHS",
            "3–6 månader", "6_12_MONTHS", "6–12 månader", "12_24_MONTHS", "12–24 månader", "OVER_24_MONTHS",
            "Över 24 månader");
    private static final Map<String, String> REFERRERS = Map.of("ARBETSFORMEDLINGEN", "Arbetsförmedlingen",
            "FORSAKRINGSKASSAN", "Försäkringskassan", "REGION", "Regionen (hälso- och sjukvård)", "SOCIAL_SERVICES",
            "Socialtjänsten", "MUNICIPALITY_OTHER", "Kommunen, annan verksamhet", "OTHER", "Annan",
            "NOT_STATED", "Uppgift saknas");

    private BackgroundLabels() {
    }

    static String age(String band) {
        return AGE.getOrDefault(band, band);
    }

    static String education(String level) {
        return EDUCATION.getOrDefault(level, level);
    }

    static String incomeSupport(String kind) {
        return INCOME_SUPPORT.getOrDefault(kind, kind);
    }

    static String yearsOnSupport(String band) {
        return YEARS.getOrDefault(band, band);
    }

    static String timeInPlatform(String band) {
        return TIME.getOrDefault(band, band);
    }

    static String referrer(String referrer) {
        return REFERRERS.getOrDefault(referrer, referrer);
    }

    /** The SCB name; "Uppgift saknas" when no code was given, and the code itself when it is not an SCB code. */
    static String municipality(String code) {
        if ("UNKNOWN".equals(code)) {
            return "Uppgift saknas";
        }
        return Municipalities.name(code).orElse("Okänd kod " + code);
    }
}
