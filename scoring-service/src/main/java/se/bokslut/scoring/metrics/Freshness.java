package se.bokslut.scoring.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Acceptance-to-applied freshness (SPEC §15): for every record scoring applies, the time from intake's 202 (the
 * record's {@code acceptedAt}) to the transaction that applies it, as the histogram
 * {@code bokslut_scoring_freshness_seconds{topic}}. Duplicates are not measured; a rebuild from the topics shows as
 * very old records, which is what it is.
 */
@ApplicationScoped
public class Freshness {

    public static final String PARTICIPANT_EVENTS = "participant-events";
    public static final String SURVEY_RESPONSES = "survey-responses";
    private static final String FIELD = "\"acceptedAt\":\"";

    @Inject
    MeterRegistry metrics;

    private Timer participantEvents;
    private Timer surveyResponses;

    @PostConstruct
    void register() {
        participantEvents = timer(PARTICIPANT_EVENTS);
        surveyResponses = timer(SURVEY_RESPONSES);
    }

    private Timer timer(String topic) {
        return Timer.builder("bokslut.scoring.freshness").tag("topic", topic)
                .description("From intake's acceptance of a record to scoring applying it")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(metrics);
    }

    /** Records the freshness of one applied record value, when it carries intake's acceptance time. */
    public void applied(String topic, String recordValue) {
        Instant acceptedAt = acceptedAt(recordValue);
        if (acceptedAt != null) {
            Duration age = Duration.between(acceptedAt, Instant.now());
            (PARTICIPANT_EVENTS.equals(topic) ? participantEvents : surveyResponses)
                    .record(age.isNegative() ? Duration.ZERO : age);
        }
    }

    /** The acceptedAt intake writes into every record, found without parsing the JSON again. */
    static Instant acceptedAt(String recordValue) {
        if (recordValue == null) {
            return null;
        }
        int start = recordValue.indexOf(FIELD);
        if (start < 0) {
            return null;
        }
        start += FIELD.length();
        int end = recordValue.indexOf('"', start);
        if (end < 0) {
            return null;
        }
        try {
            return Instant.parse(recordValue.substring(start, end));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
