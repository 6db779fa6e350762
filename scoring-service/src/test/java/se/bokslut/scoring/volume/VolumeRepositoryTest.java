package se.bokslut.scoring.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.scoring.participant.ParticipantRecords.closed;
import static se.bokslut.scoring.participant.ParticipantRecords.followedUp;
import static se.bokslut.scoring.participant.ParticipantRecords.referred;
import static se.bokslut.scoring.participant.ParticipantRecords.started;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.participant.ParticipantEventHandler;
import se.bokslut.scoring.volume.VolumeFigures.GroupFigures;

/** Figures computed by the real SQL over episodes written by the real handler. */
@QuarkusTest
class VolumeRepositoryTest {

    @Inject
    ParticipantEventHandler handler;

    @Inject
    VolumeRepository volume;

    private String platform;
    private long arrival;

    @BeforeEach
    void freshPlatform() {
        platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void countsParticipantsStartsClosuresAndRemainingPerGender() {
        apply(started("a", platform, "2018-10-01", "WOMAN")); // from last year, closes this year
        apply(closed("a", platform, "2019-03-10", "WORK"));
        apply(started("b", platform, "2019-02-01", "MAN")); // starts and closes this year
        apply(closed("b", platform, "2019-06-01", "STUDIES"));
        apply(started("c", platform, "2019-11-01", "WOMAN")); // remains
        apply(started("d", platform, "2018-01-01", "MAN")); // closed last year: not a participant
        apply(closed("d", platform, "2018-12-31", "DROPOUT"));
        apply(started("e", platform, "2019-12-01", "OTHER")); // counts in the total only
        apply(referred("f", platform, "2019-04-01"));

        VolumeFigures year = figures("2019-01-01", "2019-12-31");

        GroupFigures women = year.groups().get("WOMAN");
        GroupFigures men = year.groups().get("MAN");
        GroupFigures total = year.groups().get("TOTAL");
        assertThat(total.participants()).isEqualTo(4);
        assertThat(women.participants()).isEqualTo(2);
        assertThat(men.participants()).isEqualTo(1);
        assertThat(total.started()).isEqualTo(3);
        assertThat(total.closed()).isEqualTo(2);
        assertThat(total.closedByOutcome()).containsEntry("WORK", 1L).containsEntry("STUDIES", 1L)
                .containsEntry("DROPOUT", 0L);
        assertThat(total.remaining()).isEqualTo(2);
        assertThat(total.referrals()).isEqualTo(1);
        assertThat(year.groups().get("UNSPECIFIED").referrals()).isEqualTo(1);
        // a: 2018-10-01 → 2019-03-10 = 160 days, b: 2019-02-01 → 2019-06-01 = 120 days
        assertThat(total.meanDaysToClosure()).isEqualTo(140.0);
        assertThat(total.medianDaysToClosure()).isEqualTo(140.0);
    }

    @Test
    void additiveFiguresOfTheQuartersSumToTheYear() {
        apply(started("a", platform, "2019-01-15", "WOMAN"));
        apply(closed("a", platform, "2019-04-02", "WORK"));
        apply(started("b", platform, "2019-05-01", "MAN"));
        apply(closed("b", platform, "2019-12-31", "MOVED"));
        apply(started("c", platform, "2019-09-30", "WOMAN"));

        VolumeFigures year = figures("2019-01-01", "2019-12-31");
        List<VolumeFigures> quarters = List.of(figures("2019-01-01", "2019-03-31"), figures("2019-04-01", "2019-06-30"),
                figures("2019-07-01", "2019-09-30"), figures("2019-10-01", "2019-12-31"));

        assertThat(quarters.stream().mapToLong(q -> q.groups().get("TOTAL").started()).sum())
                .isEqualTo(year.groups().get("TOTAL").started()).isEqualTo(3);
        assertThat(quarters.stream().mapToLong(q -> q.groups().get("TOTAL").closed()).sum())
                .isEqualTo(year.groups().get("TOTAL").closed()).isEqualTo(2);
        assertThat(quarters.get(2).groups().get("TOTAL").participants()).isEqualTo(2);
        assertThat(quarters.get(3).groups().get("TOTAL").remaining()).isEqualTo(1);
    }

    @Test
    void aTagFilterKeepsOnlyEpisodesWithTheTag() {
        apply(started("a", platform, "2019-01-15", "WOMAN"));
        VolumeFigures tagged = volume.figures("umearegionen", List.of(platform), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"), "PSYCHIATRIC_CONTACT");
        VolumeFigures other = volume.figures("umearegionen", List.of(platform), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"), "NEWLY_ARRIVED");

        assertThat(tagged.groups().get("TOTAL").participants()).isEqualTo(1);
        assertThat(other.groups().get("TOTAL").participants()).isZero();
    }

    @Test
    void followUpsAreCountedPerOutcomeMonthsAndGenderForClosuresInTheRange() {
        apply(started("a", platform, "2019-01-10", "WOMAN"));
        apply(closed("a", platform, "2019-03-01", "WORK"));
        apply(followedUp("a", platform, "2019-09-01", 6, true));
        apply(followedUp("a", platform, "2020-03-01", 12, false));
        apply(started("b", platform, "2019-02-01", "MAN"));
        apply(closed("b", platform, "2019-05-01", "WORK"));
        apply(followedUp("b", platform, "2019-11-01", 6, false));
        apply(started("c", platform, "2019-01-01", "WOMAN")); // closed, never followed up: no row
        apply(closed("c", platform, "2019-06-01", "STUDIES"));
        apply(started("d", platform, "2018-01-01", "MAN")); // closed the year before: not this year's follow-up
        apply(closed("d", platform, "2018-12-01", "WORK"));
        apply(followedUp("d", platform, "2019-06-01", 6, true));

        VolumeFigures year = figures("2019-01-01", "2019-12-31");

        assertThat(year.groups().get("TOTAL").followUps()).containsExactly(
                new VolumeFigures.FollowUpFigures("WORK", 6, 2, 1), new VolumeFigures.FollowUpFigures("WORK", 12, 1, 0));
        assertThat(year.groups().get("WOMAN").followUps()).containsExactly(
                new VolumeFigures.FollowUpFigures("WORK", 6, 1, 1), new VolumeFigures.FollowUpFigures("WORK", 12, 1, 0));
        assertThat(year.groups().get("MAN").followUps()).containsExactly(
                new VolumeFigures.FollowUpFigures("WORK", 6, 1, 0));
    }

    @Test
    void aDuplicateEventChangesNothing() {
        String start = started("a", platform, "2019-01-15", "WOMAN");
        assertThat(handler.handle(start, arrival++)).isTrue();
        assertThat(handler.handle(start, arrival++)).isFalse();

        assertThat(figures("2019-01-01", "2019-12-31").groups().get("TOTAL").started()).isEqualTo(1);
    }

    private void apply(String record) {
        handler.handle(record, arrival++);
    }

    private VolumeFigures figures(String from, String to) {
        return volume.figures("umearegionen", List.of(platform), LocalDate.parse(from), LocalDate.parse(to), null);
    }
}
