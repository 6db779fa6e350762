package se.bokslut.reporting;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.bokslut.localstack.LocalStackTestResource;

/**
 * Every test of this module runs against a real Kafka broker and a real PostgreSQL server; scoring-service's figures
 * API is played by {@link ScoringStub} (the real pipeline is tested end to end in deploy/e2e-tests).
 */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
@WithTestResource(value = ScoringStub.class, scope = TestResourceScope.GLOBAL)
public final class ReportingTestResources {

    private ReportingTestResources() {
    }
}
