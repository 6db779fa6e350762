package se.bokslut.intake.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event contract as published in docs/contract, for checking what intake puts on Kafka. */
public final class ContractSchema {

    private static final JsonSchema PARTICIPANT_EVENT_RECORD = load("participant-event-record.schema.json");
    private static final JsonSchema SURVEY_RESPONSE_RECORD = load("survey-response-record.schema.json");

    private ContractSchema() {
    }

    public static Set<ValidationMessage> participantEventRecordViolations(JsonNode record) {
        return PARTICIPANT_EVENT_RECORD.validate(record);
    }

    public static Set<ValidationMessage> surveyResponseRecordViolations(JsonNode record) {
        return SURVEY_RESPONSE_RECORD.validate(record);
    }

    private static JsonSchema load(String name) {
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "contract", name))) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
