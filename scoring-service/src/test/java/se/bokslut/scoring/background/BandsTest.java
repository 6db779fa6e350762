package se.bokslut.scoring.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BandsTest {

    @Test
    void ageAtStartIsTheAgeReachedInTheYearOfTheStart() {
        // born 2000: 19 on a birthday on the start date 2019-05-14, and counted 19 from 1 January that year
        assertThat(Bands.age(2000, LocalDate.of(2019, 5, 14))).isEqualTo("16_19");
        assertThat(Bands.age(2000, LocalDate.of(2019, 1, 1))).isEqualTo("16_19");
        assertThat(Bands.age(2000, LocalDate.of(2020, 1, 1))).isEqualTo("20_24");
    }

    @Test
    void everyAgeBandHasItsBoundaries() {
        LocalDate start = LocalDate.of(2019, 6, 1);
        assertThat(Bands.age(2004, start)).isEqualTo("UNDER_16");
        assertThat(Bands.age(2003, start)).isEqualTo("16_19");
        assertThat(Bands.age(1999, start)).isEqualTo("20_24");
        assertThat(Bands.age(1995, start)).isEqualTo("20_24");
        assertThat(Bands.age(1994, start)).isEqualTo("25_29");
        assertThat(Bands.age(1990, start)).isEqualTo("25_29");
        assertThat(Bands.age(1989, start)).isEqualTo("30_39");
        assertThat(Bands.age(1979, start)).isEqualTo("40_49");
        assertThat(Bands.age(1969, start)).isEqualTo("50_59");
        assertThat(Bands.age(1959, start)).isEqualTo("60_64");
        assertThat(Bands.age(1955, start)).isEqualTo("60_64");
        assertThat(Bands.age(1954, start)).isEqualTo("65_PLUS");
    }

    @Test
    void aMissingBirthYearIsUnknown() {
        assertThat(Bands.age(null, LocalDate.of(2019, 6, 1))).isEqualTo("UNKNOWN");
    }

    @Test
    void yearsOnPublicSupportBands() {
        assertThat(Bands.yearsOnSupport(0)).isEqualTo("0");
        assertThat(Bands.yearsOnSupport(1)).isEqualTo("1_3");
        assertThat(Bands.yearsOnSupport(3)).isEqualTo("1_3");
        assertThat(Bands.yearsOnSupport(4)).isEqualTo("4_6");
        assertThat(Bands.yearsOnSupport(6)).isEqualTo("4_6");
        assertThat(Bands.yearsOnSupport(7)).isEqualTo("7_PLUS");
        assertThat(Bands.yearsOnSupport(40)).isEqualTo("7_PLUS");
        assertThat(Bands.yearsOnSupport(null)).isEqualTo("UNKNOWN");
    }

    @Test
    void timeInThePlatformCountsWholeMonthsAndABoundaryGoesUp() {
        LocalDate start = LocalDate.of(2019, 1, 31);
        assertThat(Bands.timeInPlatform(start, start)).isEqualTo("UNDER_3_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2019, 4, 29))).isEqualTo("UNDER_3_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2019, 4, 30))).isEqualTo("3_6_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2019, 7, 31))).isEqualTo("6_12_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2020, 1, 30))).isEqualTo("6_12_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2020, 1, 31))).isEqualTo("12_24_MONTHS");
        assertThat(Bands.timeInPlatform(start, LocalDate.of(2021, 1, 31))).isEqualTo("OVER_24_MONTHS");
    }
}
