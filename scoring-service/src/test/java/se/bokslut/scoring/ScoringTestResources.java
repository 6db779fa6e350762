package se.bokslut.scoring;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.bokslut.localstack.LocalStackTestResource;

/** Every test of this module runs against a real Kafka broker and a real PostgreSQL server. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "scoring"))
public final class ScoringTestResources {

    private ScoringTestResources() {
    }
}
