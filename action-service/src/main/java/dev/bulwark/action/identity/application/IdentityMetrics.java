package dev.bulwark.action.identity.application;

import dev.bulwark.action.identity.IdentityEffectType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Counts identity effects by effect and outcome; never by account. */
@ApplicationScoped
public class IdentityMetrics {

    /** Outcome tag of an attempt that failed and will be retried. */
    static final String FAILED = "failed";

    private final MeterRegistry registry;

    public IdentityMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param outcome an {@code EffectOutcome} name or {@link #FAILED} */
    void count(IdentityEffectType effect, String outcome) {
        Counter.builder("bulwark.actions.identity.effects")
                .description("Identity effects handled by the relay, by effect and outcome")
                .tag("effect", effect.name())
                .tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
