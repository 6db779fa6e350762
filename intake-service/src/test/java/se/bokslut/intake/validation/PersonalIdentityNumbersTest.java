package se.bokslut.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = { "191212121212", "19121212-1212", "121212-1212", "1212121212", "121212+1212",
            "ut-19121212-1212", "x1212121212", "121272-1219", "19121272-1219",
            // every common separator, and embedded in a longer id or a sentence (issue 11, finding 7)
            "19121212_1212", "121212.1212", "ut:19121212:1212", "19121212/1212", "19121212 1212", "121212 - 1212",
            "Fallet 19121212-1212 gick till arbete", "p_121212_1212_x", "ut.121272.1219" })
    void recognisesPersonalAndCoordinationNumbersInEveryCommonFormat(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ut-000123", "121212-1213", "191213121212", "20191301-0000", "ut-2019-05-14",
            "0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10", "12121212121212", "991232-1234", "19121212_1213",
            "2019-05-14", "121212..1212", "ut:2019:0514", "121212-12120" })
    void leavesPseudonymsAndInvalidNumbersAlone(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void checkDigitFollowsTheLuhnAlgorithm() {
        assertThat(PersonalIdentityNumbers.luhnValid("1212121212")).isTrue();
        assertThat(PersonalIdentityNumbers.luhnValid("1212121213")).isFalse();
    }
}
