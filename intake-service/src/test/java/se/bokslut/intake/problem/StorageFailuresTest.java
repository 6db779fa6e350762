package se.bokslut.intake.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class StorageFailuresTest {

    @Test
    void aConnectionLostDuringTheCommitIsFoundAmongTheSuppressedExceptions() {
        // the shape Narayana and Agroal give when PostgreSQL stops while a transaction commits
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(StorageFailures.isUnavailable(new RuntimeException("Error invoking subclass method", rollback))).isTrue();
    }

    @Test
    void connectionExceptionsAndAServerShuttingDownOrStartingUpAreUnavailability() {
        assertThat(StorageFailures.isUnavailable(new RuntimeException(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(StorageFailures.isUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(StorageFailures.isUnavailable(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
    }

    @Test
    void faultsOfTheStatementOrTheCodeAreNot() {
        assertThat(StorageFailures.isUnavailable(new RuntimeException(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(StorageFailures.isUnavailable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCommitThatFailedOrWhoseOutcomeIsUnknownIsUnavailabilityInIntake() {
        assertThat(StorageFailures.isUnavailable(new RuntimeException(new RollbackException("ARJUNA016053")))).isTrue();
        assertThat(StorageFailures.isUnavailable(new RuntimeException(new HeuristicMixedException("mixed")))).isTrue();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(StorageFailures.isUnavailable(first)).isFalse();
    }
}
