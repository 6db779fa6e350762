package se.bokslut.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void aPortTakenAtStartIsToldFromOtherFailures() {
        // what Quarkus 3 prints when its HTTP port is bound by someone else
        assertThat(ServiceProcess.portWasTaken("""
                2026-12-03 23:23:58,101 ERROR [io.quarkus.runtime.Application] (main) Port(s) already bound: 42075: \
                Address already in use
                """)).isTrue();
        assertThat(ServiceProcess.portWasTaken("""
                2026-12-03 23:23:58,101 ERROR [io.quarkus.runtime.Application] (main) Failed to start application: \
                org.flywaydb.core.api.FlywayException: Unable to obtain connection from database
                """)).isFalse();
    }

    @Test
    void theEndOfTheLogGoesIntoTheFailure() {
        assertThat(ServiceProcess.lastLines("a\nb\nc\nd\n", 2)).isEqualTo("c\nd");
        assertThat(ServiceProcess.lastLines("only\n", 5)).isEqualTo("only");
    }
}
