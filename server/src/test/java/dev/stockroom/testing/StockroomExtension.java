package dev.stockroom.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Keeps one server per test class in JUnit's store, which closes it when the class is done. */
final class StockroomExtension implements ParameterResolver {
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
