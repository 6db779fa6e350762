package se.bokslut.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The shipped demo documents (deploy/demo), uploaded through the real API. */
public final class Demo {

    public static final String ASSOCIATION = "umearegionen";
    private static final Path DEMO = Path.of("..", "deploy", "demo");

    private Demo() {
    }

    public static String referenceData() {
        return read(DEMO.resolve("reference/umearegionen.json"));
    }

    public static String goalModel(int year) {
        return read(DEMO.resolve("goal-models/umearegionen-" + year + ".json"));
    }

    /** PUTs the association's reference data, its own questions and the shipped goal model of each year. */
    public static void upload(int... years) {
        Api.given().contentType(ContentType.JSON).body(referenceData())
                .when().put("/api/v1/associations/" + ASSOCIATION).then().statusCode(200);
        for (var question : io.restassured.path.json.JsonPath.from(read(DEMO.resolve("questions/umearegionen.json")))
                .getList("", java.util.Map.class)) {
            Api.given().contentType(ContentType.JSON).body(question)
                    .when().put("/api/v1/questions/" + question.get("code")).then().statusCode(200);
        }
        for (int year : years) {
            Api.given().contentType(ContentType.JSON).body(goalModel(year))
                    .when().put("/api/v1/goal-models/" + ASSOCIATION + "/" + year).then().statusCode(200);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
