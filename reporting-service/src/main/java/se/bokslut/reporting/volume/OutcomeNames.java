package se.bokslut.reporting.volume;

import java.util.Map;

/** The Swedish names of the closure outcomes (avslutsorsaker), for the definitions of the social accounts. */
public final class OutcomeNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("WORK", "arbete"),
            Map.entry("SUBSIDISED_WORK", "arbete med stöd"),
            Map.entry("STUDIES", "studier"),
            Map.entry("JOB_SEEKING", "arbetssökande"),
            Map.entry("OTHER_REHABILITATION", "annan rehabilitering"),
            Map.entry("MEDICAL_REHABILITATION", "medicinsk rehabilitering"),
            Map.entry("SICKNESS_COMPENSATION", "sjuk- eller aktivitetsersättning"),
            Map.entry("DAILY_ACTIVITY", "daglig verksamhet"),
            Map.entry("NO_WORK_CAPACITY", "ingen arbetsförmåga"),
            Map.entry("DROPOUT", "avbrott"),
            Map.entry("MOVED", "flyttat"),
            Map.entry("OTHER", "annat"));

    private OutcomeNames() {
    }

    public static String name(String outcome) {
        return NAMES.getOrDefault(outcome, outcome);
    }
}
