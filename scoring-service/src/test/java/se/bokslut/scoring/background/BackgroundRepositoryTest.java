package se.bokslut.scoring.background;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.scoring.participant.ParticipantRecords.ASSOCIATION;
import static se.bokslut.scoring.participant.ParticipantRecords.closed;
import static se.bokslut.scoring.participant.ParticipantRecords.followedUp;
import static se.bokslut.scoring.participant.ParticipantRecords.referredBy;
import static se.bokslut.scoring.participant.ParticipantRecords.startedWith;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.Api;
import se.bokslut.scoring.background.BackgroundFigures.Group;
import se.bokslut.scoring.participant.ParticipantEventHandler;
import se.bokslut.scoring.volume.VolumeFigures;
import se.bokslut.scoring.volume.VolumeRepository;

/** Background figures by the real SQL over episodes written by the real handler, on the real PostgreSQL. */
@QuarkusTest
class BackgroundRepositoryTest {

    private static final String YOUNG_WOMAN = """
            "gender":"WOMAN","birthYear":2001,"municipalityCode":"2480","education":"COMPULSORY",\
            "incomeSupport":["SOCIAL_ASSISTANCE","STUDENT_AID"],"yearsOnPublicSupport":2""";
    private static final String MAN_FROM_VANNAS = """
            "gender":"MAN","birthYear":1994,"municipalityCode":"2460","education":"UPPER_SECONDARY",\
            "incomeSupport":["ACTIVITY_SUPPORT"],"yearsOnPublicSupport":5""";
    private static final String UNKNOWN_AGE = """
            "gender":"MAN","municipalityCode":"2404","education":"UNKNOWN","incomeSupport":["NONE"]""";

    @Inject
    ParticipantEventHandler handler;

    @Inject
    BackgroundRepository background;

    @Inject
    VolumeRepository volume;

    private String a;
    private String b;
    private String person;
    private long arrival;

    @BeforeEach
    void freshPlatforms() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = "a-" + suffix;
        b = "b-" + suffix;
        person = "bg-" + suffix + "-";
    }

    @Test
    void countsPersonsEpisodesAndEveryBackgroundTable() {
        apply(referredBy(person + 1, a, "2019-01-10", "SOCIAL_SERVICES"));
        apply(startedWith(person + 1, a, "2019-02-01", YOUNG_WOMAN));
        apply(closed(person + 1, a, "2019-03-15", "DROPOUT"));
        apply(referredBy(person + 1, a, "2019-08-20", "REGION"));
        apply(startedWith(person + 1, a, "2019-09-01", YOUNG_WOMAN)); // re-referred: same person, second episode
        apply(startedWith(person + 2, a, "2018-05-01", MAN_FROM_VANNAS)); // carried over from 2018
        apply(closed(person + 2, a, "2019-06-01", "WORK"));
        apply(followedUp(person + 2, a, "2019-12-01", 6, true));
        apply(startedWith(person + 3, a, "2019-11-11", UNKNOWN_AGE));

        Group total = figures(List.of(a)).groups().get("TOTAL");

        assertThat(total.participants().persons()).isEqualTo(3);
        assertThat(total.participants().episodes()).isEqualTo(4);
        assertThat(total.started().persons()).isEqualTo(2);
        assertThat(total.started().episodes()).isEqualTo(3);
        assertThat(total.participants().reReferredPersons()).isEqualTo(1);
        assertThat(total.participants().ageAtStart()).containsEntry("UNDER_16", 0L).containsEntry("16_19", 1L)
                .containsEntry("20_24", 1L).containsEntry("25_29", 0L).containsEntry("UNKNOWN", 1L);
        assertThat(total.participants().education()).containsEntry("COMPULSORY", 1L)
                .containsEntry("UPPER_SECONDARY", 1L).containsEntry("UNKNOWN", 1L);
        assertThat(total.participants().incomeSupport()).containsEntry("SOCIAL_ASSISTANCE", 1L)
                .containsEntry("STUDENT_AID", 1L).containsEntry("ACTIVITY_SUPPORT", 1L).containsEntry("NONE", 1L);
        assertThat(total.participants().yearsOnPublicSupport()).containsEntry("1_3", 1L).containsEntry("4_6", 1L)
                .containsEntry("UNKNOWN", 1L);
        assertThat(total.participants().municipality()).containsExactly(java.util.Map.entry("2404", 1L),
                java.util.Map.entry("2460", 1L), java.util.Map.entry("2480", 1L));
        assertThat(total.referralsByReferrer()).containsEntry("SOCIAL_SERVICES", 1L).containsEntry("REGION", 1L);
        assertThat(total.closures().closed()).isEqualTo(2);
        assertThat(total.closures().timeInPlatform()).containsEntry("UNDER_3_MONTHS", 1L)
                .containsEntry("12_24_MONTHS", 1L);
        assertThat(total.closures().followUps()).containsExactly(new BackgroundFigures.FollowUp("WORK", 6, 1, 1));

        Group women = figures(List.of(a)).groups().get("WOMAN");
        assertThat(women.participants().persons()).isEqualTo(1);
        assertThat(women.participants().episodes()).isEqualTo(2);
    }

    @Test
    void aPersonSharedByTwoPlatformsOfAGroupCountsOnEachButOnceInTheGroup() {
        apply(startedWith(person + 1, a, "2019-02-01", YOUNG_WOMAN));
        apply(startedWith(person + 1, b, "2019-04-01", YOUNG_WOMAN));
        apply(startedWith(person + 2, b, "2019-04-01", MAN_FROM_VANNAS));

        assertThat(figures(List.of(a)).groups().get("TOTAL").participants().persons()).isEqualTo(1);
        assertThat(figures(List.of(b)).groups().get("TOTAL").participants().persons()).isEqualTo(2);
        BackgroundFigures group = figures(List.of(a, b));
        assertThat(group.groups().get("TOTAL").participants().persons()).isEqualTo(2);
        assertThat(group.groups().get("TOTAL").participants().episodes()).isEqualTo(3);
        // a second platform is not a re-referral: nothing was closed before
        assertThat(group.groups().get("TOTAL").participants().reReferredPersons()).isZero();

        VolumeFigures volumeOfGroup = volume.figures(ASSOCIATION, List.of(a, b),
                LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"), null);
        assertThat(volumeOfGroup.groups().get("TOTAL").participants()).isEqualTo(3);
        assertThat(volumeOfGroup.groups().get("TOTAL").persons()).isEqualTo(2);
    }

    @Test
    void anEpisodeClosedBeforeTheRangeOrStartedAfterItIsNotCounted() {
        apply(startedWith(person + 1, a, "2018-02-01", YOUNG_WOMAN));
        apply(closed(person + 1, a, "2018-12-31", "STUDIES"));
        apply(startedWith(person + 2, a, "2020-01-01", MAN_FROM_VANNAS));
        apply(startedWith(person + 3, a, "2019-12-31", MAN_FROM_VANNAS));

        Group total = figures(List.of(a)).groups().get("TOTAL");

        assertThat(total.participants().persons()).isEqualTo(1);
        assertThat(total.closures().closed()).isZero();
    }

    @Test
    void theFiguresAreAsOfTheNewestFactApplied() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        apply(startedWith(person + 1, a, "2019-02-01", YOUNG_WOMAN));

        String newest = Api.given().queryParam("associationId", ASSOCIATION).when().get("/api/v1/figures/as-of")
                .then().statusCode(200).extract().path("newestParticipantEventAppliedAt");
        assertThat(OffsetDateTime.parse(newest)).isAfter(before);
    }

    private BackgroundFigures figures(List<String> platforms) {
        return background.figures(ASSOCIATION, platforms, LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"));
    }

    private void apply(String record) {
        handler.handle(record, arrival++);
    }
}
