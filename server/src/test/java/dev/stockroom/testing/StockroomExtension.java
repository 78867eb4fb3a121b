package dev.stockroom.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Keeps one server per test class in JUnit's store, which closes it when the class is done. On the PostgreSQL pass
 * without a configured database the tests are reported as not run, with how to run them; under CI that is a failure.
 */
final class StockroomExtension implements ParameterResolver, ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.postgresRequested() || TestDatabases.postgresBaseUrl() != null) {
            return ConditionEvaluationResult.enabled("database available");
        }
        if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(TestDatabases.NOT_RUN);
        System.err.println("*** " + TestDatabases.NOT_RUN);
        return ConditionEvaluationResult.disabled(TestDatabases.NOT_RUN);
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StockroomExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context)
                : context;
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> new CloseableServer(TestServer.start()), CloseableServer.class)
                .server();
    }

    /** Lets JUnit close the server with the class's store. */
    private record CloseableServer(TestServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
