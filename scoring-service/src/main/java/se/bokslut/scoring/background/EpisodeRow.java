package se.bokslut.scoring.background;

import java.time.LocalDate;
import java.util.List;

import se.bokslut.scoring.episode.Gender;

/**
 * One episode as the background figures read it: the profile at its start, its closure and follow-ups, and whether
 * the person had an earlier episode in the association closed by the time this one started.
 */
public record EpisodeRow(String participantId, String platformId, Gender gender, LocalDate startedOn,
        LocalDate closedOn, String outcome, Integer birthYear, String municipalityCode, String education,
        List<String> incomeSupport, Integer yearsOnPublicSupport, Boolean employedAfter6, Boolean employedAfter12,
        Boolean employedAfter24, boolean reReferred) {

    public EpisodeRow {
        incomeSupport = incomeSupport == null ? List.of() : List.copyOf(incomeSupport);
    }

    Boolean employedAfter(int months) {
        return switch (months) {
            case 6 -> employedAfter6;
            case 12 -> employedAfter12;
            case 24 -> employedAfter24;
            default -> throw new IllegalArgumentException("follow-ups are at 6, 12 or 24 months");
        };
    }
}
