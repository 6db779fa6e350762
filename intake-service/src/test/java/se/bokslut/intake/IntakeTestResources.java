package se.bokslut.intake;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;


/** Every test of this module runs against a real Kafka broker and a real PostgreSQL server. */
@WithTestResource(value = IntakeStack.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
public final class IntakeTestResources {

    private IntakeTestResources() {
    }
}
