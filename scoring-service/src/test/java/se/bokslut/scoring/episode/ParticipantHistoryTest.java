package se.bokslut.scoring.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.scoring.episode.Facts.closed;
import static se.bokslut.scoring.episode.Facts.decided;
import static se.bokslut.scoring.episode.Facts.followUp;
import static se.bokslut.scoring.episode.Facts.referred;
import static se.bokslut.scoring.episode.Facts.retraction;
import static se.bokslut.scoring.episode.Facts.started;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.bokslut.scoring.episode.Derivation.ActivityKind;
import se.bokslut.scoring.episode.Derivation.Episode;

class ParticipantHistoryTest {

    @Test
    void startThenClosureIsOneClosedEpisode() {
        Derivation derivation = ParticipantHistory.derive(List.of(started("2019-02-01"), closed("2019-05-14", Outcome.WORK)));

        assertThat(derivation.episodes()).singleElement().satisfies(episode -> {
            assertThat(episode.startedOn()).isEqualTo(LocalDate.parse("2019-02-01"));
            assertThat(episode.closedOn()).isEqualTo(LocalDate.parse("2019-05-14"));
            assertThat(episode.outcome()).isEqualTo(Outcome.WORK);
        });
        assertThat(derivation.anomalies()).isEmpty();
    }

    @Test
    void closureWithoutStartIsAnAnomalyUntilTheLateStartArrives() {
        Fact closure = closed("2019-05-14", Outcome.STUDIES);

        Derivation before = ParticipantHistory.derive(List.of(closure));
        assertThat(before.episodes()).isEmpty();
        assertThat(before.anomalies()).singleElement()
                .satisfies(anomaly -> assertThat(anomaly.reason()).isEqualTo(AnomalyReason.CLOSURE_WITHOUT_START));

        Derivation after = ParticipantHistory.derive(List.of(closure, started("2019-01-20")));
        assertThat(after.anomalies()).isEmpty();
        assertThat(after.episodes()).singleElement().satisfies(episode -> assertThat(episode.closedOn()).isNotNull());
    }

    @Test
    void secondStartOnAnOpenEpisodeIsAnAnomalyAndDoesNotCount() {
        Fact second = started("2019-03-01");
        Derivation derivation = ParticipantHistory.derive(List.of(started("2019-02-01"), second));

        assertThat(derivation.episodes()).hasSize(1);
        assertThat(derivation.anomalies()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.eventId()).isEqualTo(second.eventId());
            assertThat(anomaly.reason()).isEqualTo(AnomalyReason.SECOND_START);
        });
    }

    @Test
    void reReferralAfterClosureOpensANewEpisode() {
        Derivation derivation = ParticipantHistory.derive(List.of(
                referred("2019-01-10"), started("2019-02-01"), closed("2019-05-14", Outcome.DROPOUT),
                referred("2019-09-01"), started("2019-09-15")));

        assertThat(derivation.episodes()).extracting(Episode::startedOn)
                .containsExactly(LocalDate.parse("2019-02-01"), LocalDate.parse("2019-09-15"));
        assertThat(derivation.activities()).extracting(Derivation.Activity::kind)
                .containsExactly(ActivityKind.REFERRAL, ActivityKind.REFERRAL);
    }

    @Test
    void closureAndRestartOnTheSameDayCloseTheOpenEpisodeFirst() {
        Fact restart = started("2019-05-14");
        Fact closure = closed("2019-05-14", Outcome.OTHER);
        // the restart reached the topic before the closure
        Derivation derivation = ParticipantHistory.derive(List.of(started("2019-02-01"), restart, closure));

        assertThat(derivation.anomalies()).isEmpty();
        assertThat(derivation.episodes()).hasSize(2);
    }

    @Test
    void startAndClosureOnTheSameDayMakeAOneDayEpisode() {
        Fact closure = closed("2019-05-14", Outcome.OTHER);
        Derivation derivation = ParticipantHistory.derive(List.of(closure, started("2019-05-14")));

        assertThat(derivation.anomalies()).isEmpty();
        assertThat(derivation.episodes()).singleElement()
                .satisfies(episode -> assertThat(episode.closedOn()).isEqualTo(episode.startedOn()));
    }

    @Test
    void aRetractedClosureLeavesTheEpisodeOpen() {
        Fact closure = closed("2019-05-14", Outcome.WORK);
        Derivation derivation = ParticipantHistory.derive(List.of(started("2019-02-01"), closure,
                retraction("2019-05-20", closure)));

        assertThat(derivation.episodes()).singleElement()
                .satisfies(episode -> assertThat(episode.closedOn()).isNull());
        assertThat(derivation.anomalies()).isEmpty();
    }

    @Test
    void aRetractedStartMakesItsClosureAnAnomaly() {
        Fact start = started("2019-02-01");
        Derivation derivation = ParticipantHistory.derive(List.of(start, closed("2019-05-14", Outcome.WORK),
                retraction("2019-05-20", start)));

        assertThat(derivation.episodes()).isEmpty();
        assertThat(derivation.anomalies()).extracting(Derivation.Anomaly::reason)
                .containsExactly(AnomalyReason.CLOSURE_WITHOUT_START);
    }

    @Test
    void retractionOfAnEventThatHasNotArrivedIsAnAnomalyAndRetractsItOnArrival() {
        Fact closure = closed("2019-05-14", Outcome.WORK);
        Fact retraction = retraction("2019-05-20", closure);

        Derivation early = ParticipantHistory.derive(List.of(started("2019-02-01"), retraction));
        assertThat(early.anomalies()).extracting(Derivation.Anomaly::reason)
                .containsExactly(AnomalyReason.RETRACTION_TARGET_UNKNOWN);

        Derivation complete = ParticipantHistory.derive(List.of(started("2019-02-01"), retraction, closure));
        assertThat(complete.anomalies()).isEmpty();
        assertThat(complete.episodes()).singleElement().satisfies(episode -> assertThat(episode.closedOn()).isNull());
    }

    @Test
    void followUpsBelongToTheLatestEarlierClosure() {
        Derivation derivation = ParticipantHistory.derive(List.of(started("2018-02-01"), closed("2018-06-01", Outcome.WORK),
                followUp("2018-12-01", 6, true), followUp("2019-06-01", 12, false)));

        assertThat(derivation.episodes()).singleElement()
                .satisfies(episode -> assertThat(episode.followUps()).containsEntry(6, true).containsEntry(12, false));
    }

    @Test
    void followUpWithoutClosureAndASecondFollowUpAreAnomalies() {
        Derivation derivation = ParticipantHistory.derive(List.of(followUp("2018-01-01", 6, true),
                started("2018-02-01"), closed("2018-06-01", Outcome.WORK), followUp("2018-12-01", 6, true),
                followUp("2018-12-02", 6, false)));

        assertThat(derivation.anomalies()).extracting(Derivation.Anomaly::reason)
                .containsExactly(AnomalyReason.FOLLOW_UP_WITHOUT_CLOSURE, AnomalyReason.DUPLICATE_FOLLOW_UP);
        assertThat(derivation.episodes().get(0).followUps()).containsEntry(6, true);
    }

    @Test
    void referralsCountWithTheGenderOfTheLatestStart() {
        Derivation derivation = ParticipantHistory.derive(List.of(referred("2019-01-10"), decided("2019-01-20", "YES"),
                started("2019-02-01", Facts.PLATFORM, Gender.MAN)));

        assertThat(derivation.activities()).extracting(Derivation.Activity::gender).containsOnly(Gender.MAN);
        assertThat(derivation.activities()).extracting(Derivation.Activity::kind)
                .containsExactly(ActivityKind.REFERRAL, ActivityKind.PREPARATION_YES);
        assertThat(ParticipantHistory.derive(List.of(referred("2019-01-10"))).activities())
                .extracting(Derivation.Activity::gender).containsOnly(Gender.UNSPECIFIED);
    }

    @Test
    void episodesOnTwoPlatformsAreKeptApart() {
        Derivation derivation = ParticipantHistory.derive(List.of(started("2019-02-01", "ungdomstorget", Gender.WOMAN),
                started("2019-03-01", "vuxentorget", Gender.WOMAN), closed("2019-04-01", "vuxentorget", Outcome.WORK)));

        assertThat(derivation.anomalies()).isEmpty();
        assertThat(derivation.episodes()).extracting(Episode::platformId)
                .containsExactlyInAnyOrder("ungdomstorget", "vuxentorget");
    }

    @Test
    void arrivalOrderDoesNotChangeTheHistory() {
        List<Fact> inOrder = List.of(referred("2018-11-01"), started("2018-12-01"), closed("2019-03-01", Outcome.WORK),
                followUp("2019-09-01", 6, true), referred("2019-10-01"), started("2019-10-15"),
                closed("2019-10-15", Outcome.MOVED), closed("2019-11-01", Outcome.OTHER));
        Derivation expected = ParticipantHistory.derive(inOrder);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<Fact> shuffled = new ArrayList<>(inOrder);
            Collections.shuffle(shuffled, random);
            assertThat(ParticipantHistory.derive(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.anomalies()).extracting(Derivation.Anomaly::reason)
                .containsExactly(AnomalyReason.CLOSURE_WITHOUT_START);
    }
}
