package se.bokslut.intake.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import se.bokslut.intake.reference.ReferenceData;

/** Ready once the reference data has been read: only then can intake tell a known platform from an unknown one. */
@Readiness
@ApplicationScoped
public class ReferenceDataHealthCheck implements HealthCheck {

    @Inject
    ReferenceData referenceData;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Reference data")
                .status(referenceData.isLoaded())
                .withData("associations", referenceData.size())
                .build();
    }
}
