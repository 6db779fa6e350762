package se.bokslut.scoring;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import se.bokslut.localstack.LocalStackTestResource;

/**
 * REST Assured requests of the tests of behaviour, made as umearegionen's analyst. The access tests say who calls
 * in each request instead ({@link #as(String)}, {@link #anonymous()}).
 */
public final class Api {

    private Api() {
    }

    public static RequestSpecification given() {
        return as(LocalStackTestResource.tokens().reportingService());
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
