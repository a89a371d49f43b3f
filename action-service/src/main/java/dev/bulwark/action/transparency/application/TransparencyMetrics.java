package dev.bulwark.action.transparency.application;

import dev.bulwark.action.transparency.StatementState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Counts statements of reasons by the state they reach, and failed attempts; never by subject. */
@ApplicationScoped
public class TransparencyMetrics {

    private final MeterRegistry registry;

    public TransparencyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void reached(StatementState state, int statements) {
        if (statements == 0) {
            return;
        }
        Counter.builder("bulwark.actions.transparency.statements")
                .description("Statements of reasons that reached a state (PENDING when created)")
                .tag("state", state.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment(statements);
    }

    void deferred(String code, int statements) {
        Counter.builder("bulwark.actions.transparency.deferred")
                .description("Statements of reasons left PENDING after a failed call, by failure")
                .tag("code", code)
                .register(registry)
                .increment(statements);
    }
}
