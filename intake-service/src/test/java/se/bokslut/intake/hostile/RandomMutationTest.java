package se.bokslut.intake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.intake.Api.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.participant.ParticipantEvents;

/**
 * Property: whatever a random mutation does to a valid event (a field removed, replaced by a value of any JSON type,
 * or a field added), intake never answers 5xx, and what it rejects is not stored. Values come from jqwik's
 * generators; the seed is fixed so a failure can be replayed.
 */
@QuarkusTest
class RandomMutationTest {

    static final int MUTATIONS = 400;

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Test
    void noMutationCausesA5xxAndNothingRejectedIsStored() throws Exception {
        Random random = new Random(20191231);
        Arbitrary<Object> values = jsonValues();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Map<String, Object> event = template(random);
            String description = mutate(event, random, values);
            String eventId = event.get("eventId") instanceof String id ? id : null;
            int status = given().contentType(ContentType.JSON).body(mapper.writeValueAsString(event))
                    .when().post("/api/v1/participant-events").then().extract().statusCode();
            if (status >= 500) {
                failures.add(description + " → " + status);
            }
            if (status == 202) {
                accepted++;
            } else if (isUuid(eventId) && QuarkusTransaction.requiringNew()
                    .call(() -> outbox.find("id", UUID.fromString(eventId)).firstResult()) != null && status != 200) {
                failures.add(description + " → " + status + " but stored");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("some mutations still make valid events").isPositive();
    }

    private static Map<String, Object> template(Random random) {
        String participant = "mut-" + UUID.randomUUID().toString().substring(0, 8);
        return new LinkedHashMap<>(switch (random.nextInt(3)) {
            case 0 -> ParticipantEvents.started(participant, "2019-02-01", "WOMAN");
            case 1 -> ParticipantEvents.closed(participant, "2019-05-14", "WORK");
            default -> ParticipantEvents.followUp(participant, "2019-11-14", 6, true);
        });
    }

    @SuppressWarnings("unchecked")
    private static String mutate(Map<String, Object> event, Random random, Arbitrary<Object> values) {
        List<String> fields = new ArrayList<>(event.keySet());
        String field = fields.get(random.nextInt(fields.size()));
        Map<String, Object> target = event;
        if (field.equals("profile") && random.nextBoolean()) {
            target = new LinkedHashMap<>((Map<String, Object>) event.get("profile"));
            event.put("profile", target);
            List<String> profileFields = new ArrayList<>(target.keySet());
            field = profileFields.get(random.nextInt(profileFields.size()));
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                target.remove(field);
                return "removed " + field;
            }
            case 1 -> {
                Object value = values.sample();
                target.put(field, value);
                return "set " + field + " to " + String.valueOf(value).substring(0, Math.min(40, String.valueOf(value).length()));
            }
            default -> {
                String added = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).sample();
                target.put(added, values.sample());
                return "added " + added;
            }
        }
    }

    private static Arbitrary<Object> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80).map(value -> (Object) value),
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(13).map(value -> (Object) value),
                Arbitraries.integers().map(value -> (Object) value),
                Arbitraries.longs().map(value -> (Object) value),
                Arbitraries.doubles().map(value -> (Object) value),
                Arbitraries.of(true, false).map(value -> (Object) value),
                Arbitraries.just((Object) null),
                Arbitraries.of("PARTICIPANT_STARTED", "PARTICIPANT_CLOSED", "WORK", "WOMAN", "2019-05-14", "0000-00-00",
                        "9999-12-31", "umearegionen", "ungdomstorget", "19121212-1212").map(value -> (Object) value),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(4).map(value -> (Object) value),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(5), Arbitraries.integers()).ofMaxSize(3)
                        .map(value -> (Object) value));
    }

    private static boolean isUuid(String text) {
        try {
            return text != null && UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
