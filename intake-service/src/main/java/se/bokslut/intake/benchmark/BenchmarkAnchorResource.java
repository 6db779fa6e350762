package se.bokslut.intake.benchmark;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.participant.contract.ParticipantEvent;

/**
 * The anchor of the benchmark's {@code intake.single} ({@code deploy/benchmark.sh}): the least a REST endpoint of this
 * same JVM does with a participant event: the body as text, as intake's own endpoint takes it, bound to the contract's
 * record, and 202, with no token, nothing checked, stored or sent. It answers 404 unless {@code bokslut.intake.benchmark-anchor=true}, which only the
 * benchmark sets, and is not part of the API.
 */
@Path("/benchmark/anchor")
public class BenchmarkAnchorResource {

    @Inject
    IntakeConfig config;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response accept(String body) {
        if (!config.benchmarkAnchor()) {
            throw new NotFoundException();
        }
        try {
            json.readValue(body, ParticipantEvent.class);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("not a participant event");
        }
        return Response.accepted().build();
    }
}
