package se.bokslut.scoring.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builders of facts for the history tests; arrival increases with every fact built. */
final class Facts {

    static final String PLATFORM = "ungdomstorget";
    private static long arrival;

    private Facts() {
    }

    static Fact referred(String date) {
        return fact(FactType.PARTICIPANT_REFERRED, date, PLATFORM, "REGION", null, null, null, null, null, null);
    }

    static Fact decided(String date, String decision) {
        return fact(FactType.PREPARATION_DECIDED, date, PLATFORM, null, decision, null, null, null, null, null);
    }

    static Fact started(String date) {
        return started(date, PLATFORM, Gender.WOMAN);
    }

    static Fact started(String date, String platform, Gender gender) {
        Profile profile = new Profile(gender, 1998, "2480", "UPPER_SECONDARY", List.of("SOCIAL_ASSISTANCE"), 3,
                List.of("PSYCHIATRIC_CONTACT"));
        return fact(FactType.PARTICIPANT_STARTED, date, platform, null, null, profile, null, null, null, null);
    }

    static Fact closed(String date, Outcome outcome) {
        return closed(date, PLATFORM, outcome);
    }

    static Fact closed(String date, String platform, Outcome outcome) {
        return fact(FactType.PARTICIPANT_CLOSED, date, platform, null, null, null, outcome, null, null, null);
    }

    static Fact followUp(String date, int months, boolean employed) {
        return fact(FactType.FOLLOW_UP_RECORDED, date, PLATFORM, null, null, null, null, months, employed, null);
    }

    static Fact retraction(String date, Fact target) {
        return fact(FactType.EVENT_RETRACTED, date, PLATFORM, null, null, null, null, null, null, target.eventId());
    }

    static Fact retraction(String date, UUID target) {
        return fact(FactType.EVENT_RETRACTED, date, PLATFORM, null, null, null, null, null, null, target);
    }

    private static Fact fact(FactType type, String date, String platform, String referredBy, String decision,
            Profile profile, Outcome outcome, Integer months, Boolean employed, UUID retracted) {
        return new Fact(UUID.randomUUID(), type, LocalDate.parse(date), platform, arrival++, referredBy, decision,
                profile, outcome, months, employed, retracted);
    }
}
