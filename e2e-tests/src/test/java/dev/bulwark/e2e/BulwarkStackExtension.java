package dev.bulwark.e2e;

import dev.bulwark.demo.client.BulwarkClients;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link RunningStack} for the whole test run, the first time a test class needs it, and
 * keeps it in the root store, which closes it when the run ends. Injects {@link BulwarkClients} and
 * {@link RunningStack} parameters.
 */
public final class BulwarkStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BulwarkStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BulwarkClients.class || type == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningStack stack = stack(context);
        return parameter.getParameter().getType() == RunningStack.class ? stack : stack.clients();
    }

    private static RunningStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Startup.class, type -> Startup.attempt(), Startup.class).stack();
    }

    /** The outcome of the one start attempt of a run, so a stack that failed is not started again per class. */
    private record Startup(RunningStack running, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(RunningStack.start(), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        RunningStack stack() {
            if (failure != null) {
                throw new IllegalStateException("the Bulwark stack did not start: " + failure.getMessage(), failure);
            }
            return running;
        }

        @Override
        public void close() {
            if (running != null) {
                running.close();
            }
        }
    }
}
