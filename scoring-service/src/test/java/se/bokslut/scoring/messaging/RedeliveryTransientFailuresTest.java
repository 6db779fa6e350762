package se.bokslut.scoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class RedeliveryTransientFailuresTest {

    @Test
    void aConnectionLostDuringTheCommitIsFoundAmongTheSuppressedExceptions() {
        // the shape Narayana and Agroal give when PostgreSQL stops while a transaction commits
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(Redelivery.isTransient(new RuntimeException("Error invoking subclass method", rollback))).isTrue();
    }

    @Test
    void connectionExceptionsAndAServerShuttingDownOrStartingUpAreUnavailability() {
        assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(Redelivery.isTransient(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
    }

    @Test
    void aDeadlockASerializationFailureAndTooManyConnectionsAreTransient() {
        for (String state : new String[] { "40P01", "40001", "53300", "55P03" }) {
            RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
            rollback.addSuppressed(new SQLException("lost a race", state));
            assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("lost a race", state))))
                    .as(state).isTrue();
            assertThat(Redelivery.isTransient(rollback)).as(state + " among the suppressed").isTrue();
        }
    }

    @Test
    void aBatchThatDeadlocksIsAppliedAgainAndNothingIsDeadLettered() throws InterruptedException {
        var records = java.util.List.of(
                new org.apache.kafka.clients.consumer.ConsumerRecord<>("bokslut.participant-events", 0, 7L, "k", "v"));
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> applied = new java.util.ArrayList<>();
        // no DeadLetters: dead-lettering would fail the test with a NullPointerException
        Redelivery.apply(records, record -> record.value(), batch -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new RuntimeException(new SQLException("deadlock detected", "40P01"));
            }
            applied.addAll(batch);
        }, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), "bokslut.test");

        assertThat(attempts.get()).isEqualTo(3);
        assertThat(applied).containsExactly("v");
    }

    @Test
    void faultsOfTheStatementOrTheCodeAreNot() {
        assertThat(Redelivery.isTransient(new RuntimeException(new SQLException("duplicate key value", "23505")))).isFalse();
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("value too long", "22001"));
        assertThat(Redelivery.isTransient(rollback)).isFalse();
        assertThat(Redelivery.isTransient(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Redelivery.isTransient(first)).isFalse();
    }
}
