package se.bokslut.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.bokslut.localstack.BokslutSystem;

/**
 * Starts the whole system once for all end-to-end tests (real Kafka, real PostgreSQL, the three packaged services on
 * free ports) and stops it when the test run ends.
 */
public class RunningSystem implements BeforeAllCallback {

    private static BokslutSystem system;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RunningSystem.class,
                key -> {
                    Path root = Path.of(System.getProperty("bokslut.root", "../..")).toAbsolutePath().normalize();
                    system = BokslutSystem.start(root, BokslutSystem.Ports.random(),
                            root.resolve("deploy/e2e-tests/target/e2e-logs"));
                    return (ExtensionContext.Store.CloseableResource) () -> system.close();
                }, ExtensionContext.Store.CloseableResource.class);
    }

    public static BokslutSystem system() {
        return system;
    }

    public static String intake() {
        return system.intake().url();
    }

    public static String reporting() {
        return system.reporting().url();
    }

    public static String scoring() {
        return system.scoring().url();
    }
}
