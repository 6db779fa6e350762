package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.HttpJson;

/**
 * The three services' OpenAPI documents hold to one rule, checked here once for all of them: every operation has an
 * id of its own (client generators name their methods after it) and every response a description (linters want one).
 */
@ExtendWith(RunningSystem.class)
class OpenApiIT {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasItsOwnIdAndEveryResponseADescription() {
        Map<String, String> services = Map.of("intake", RunningSystem.intake(), "scoring", RunningSystem.scoring(),
                "reporting", RunningSystem.reporting());
        services.forEach((service, url) -> {
            JsonNode paths = HttpJson.anonymous().get(url + "/q/openapi").expect(200).json().path("paths");
            List<String> ids = new ArrayList<>();
            List<String> undescribed = new ArrayList<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                ids.add(operation.getValue().path("operationId").asText(null));
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (!response.getValue().hasNonNull("description")) {
                        undescribed.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                });
            }));
            assertThat(ids).as(service + " operation ids").isNotEmpty().doesNotContainNull().doesNotHaveDuplicates();
            assertThat(undescribed).as(service + " responses without a description").isEmpty();
        });
    }
}
