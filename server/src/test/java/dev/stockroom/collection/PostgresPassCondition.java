package dev.stockroom.collection;

import dev.stockroom.testing.TestDatabases;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * jqwik's counterpart of the JUnit extension's condition: on the PostgreSQL pass without a configured database the
 * properties are reported as not run, with how to run them; under CI that is a failure.
 */
public final class PostgresPassCondition implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (!TestDatabases.postgresRequested() || TestDatabases.postgresBaseUrl() != null) return SkipResult.doNotSkip();
        if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(TestDatabases.NOT_RUN);
        System.err.println("*** " + TestDatabases.NOT_RUN);
        return SkipResult.skip(TestDatabases.NOT_RUN);
    }
}
