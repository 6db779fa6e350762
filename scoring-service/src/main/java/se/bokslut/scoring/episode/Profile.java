package se.bokslut.scoring.episode;

import java.util.List;

/** The participant's background as recorded at start. */
public record Profile(Gender gender, Integer birthYear, String municipalityCode, String education,
        List<String> incomeSupport, Integer yearsOnPublicSupport, List<String> tags) {

    public Profile {
        incomeSupport = incomeSupport == null ? List.of() : List.copyOf(incomeSupport);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
