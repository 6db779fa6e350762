package se.bokslut.intake;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import se.bokslut.localstack.LocalStackTestResource;

/**
 * REST Assured requests of the tests of behaviour, made as umearegionen's case-management system and survey tool, for all its platforms. The access tests say who calls
 * in each request instead ({@link #as(String)}, {@link #anonymous()}).
 */
public final class Api {

    private Api() {
    }

    public static RequestSpecification given() {
        return as(LocalStackTestResource.tokens().token("test", List.of("case-system", "survey-tool"), "umearegionen",
                List.of("ungdomstorget", "vuxentorget", "nedlagda-torget")));
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
