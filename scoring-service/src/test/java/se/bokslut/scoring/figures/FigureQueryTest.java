package se.bokslut.scoring.figures;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.Api;

/** Dates Java parses but PostgreSQL cannot hold are bad input (400 naming the field), not a 500. */
@QuarkusTest
class FigureQueryTest {

    @ParameterizedTest(name = "{0} from={1} to={2} → 400 {3}")
    @CsvSource({
        "volume, -999999999-01-01, 2019-12-31, from",
        "volume, 2019-01-01, +999999999-12-31, to",
        "background, 1899-12-31, 2019-12-31, from",
        "surveys, 2019-01-01, 2201-01-01, to",
        "volume, 2019-13-01, 2019-12-31, from",
        "volume, 2019-02-01, 2019-01-31, to" })
    void aDateOutOfRangeIsAProblemNamingTheField(String figures, String from, String to, String field) {
        Api.given().queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/figures/" + figures)
                .then().statusCode(400).contentType(containsString("problem+json")).body("field", equalTo(field));
    }
}
