package se.bokslut.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({ "2019, 2019-01-01, 2019-12-31", "2019-T1, 2019-01-01, 2019-04-30", "2019-T2, 2019-05-01, 2019-08-31",
            "2019-T3, 2019-09-01, 2019-12-31", "2019-Q2, 2019-04-01, 2019-06-30", "2020-02, 2020-02-01, 2020-02-29",
            "2019-12, 2019-12-01, 2019-12-31" })
    void everyKindOfPeriodCoversItsDates(String text, String from, String to) {
        Period period = Period.parse(text);

        assertThat(period.from()).isEqualTo(LocalDate.parse(from));
        assertThat(period.to()).isEqualTo(LocalDate.parse(to));
        assertThat(period).hasToString(text);
    }

    @Test
    void aYearIsMadeOfThreeTertialsFourQuartersAndTwelveMonths() {
        Period year = Period.parse("2019");

        assertThat(year.parts(Period.Kind.TERTIAL)).extracting(Period::toString)
                .containsExactly("2019-T1", "2019-T2", "2019-T3");
        assertThat(year.parts(Period.Kind.QUARTER)).hasSize(4);
        assertThat(year.parts(Period.Kind.MONTH)).hasSize(12).first().hasToString("2019-01");
        assertThat(Period.parse("2019-T2").parts(Period.Kind.MONTH)).extracting(Period::toString)
                .containsExactly("2019-05", "2019-06", "2019-07", "2019-08");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "19", "2019-T4", "2019-Q5", "2019-13", "2019-00", "2019-H1", "1999", "2019-5" })
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
