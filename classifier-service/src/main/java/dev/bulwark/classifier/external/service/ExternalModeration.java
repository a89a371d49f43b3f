package dev.bulwark.classifier.external.service;

import dev.bulwark.classifier.external.CategoryMapping;
import dev.bulwark.classifier.external.MalformedAnswerException;
import dev.bulwark.classifier.external.ModerationProvider;
import dev.bulwark.classifier.external.SkipReason;
import dev.bulwark.classifier.external.openai.OpenAiModerationProvider;
import dev.bulwark.classifier.signal.PrecomputedSignals;
import dev.bulwark.policy.Surface;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Consults the external moderation provider, when one is configured, under a timeout and a circuit
 * breaker. It never fails: when the provider cannot help, scoring goes on with the in-process signals,
 * the model versions say the provider was skipped and why, and a counter records the fallback. Built at
 * startup, so that a misconfigured provider stops the service before it serves.
 */
@Startup
@ApplicationScoped
public class ExternalModeration {

    /** Name of the circuit breaker, for maintenance (reset) and metrics. */
    public static final String CIRCUIT_BREAKER = "bulwark-external-moderation";

    private static final Logger LOG = Logger.getLogger(ExternalModeration.class);

    private final ExternalProviderConfig config;
    private final MeterRegistry registry;
    private final Optional<ModerationProvider> provider;
    private final CategoryMapping mapping;
    private final TypedGuard<CompletionStage<Map<String, Double>>> guard;

    public ExternalModeration(ExternalProviderConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.provider = config.enabled()
                ? Optional.of(OpenAiModerationProvider.create(
                        config.name(), config.baseUrl(), config.model(), config.apiKey(), config.timeout()))
                : Optional.empty();
        this.mapping = new CategoryMapping(config.categoryMapping(), config.minScore());
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<Map<String, Double>>>() {})
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name(CIRCUIT_BREAKER)
                .requestVolumeThreshold(config.circuitBreaker().requestVolume())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
                .done()
                // The provider's call is non-blocking already: keep it on the calling thread.
                .withThreadOffload(false)
                .build();
    }

    /**
     * The provider's findings for {@code text}, as one batch of precomputed signals; none at all when no
     * provider is configured for {@code surface}.
     */
    public Uni<List<PrecomputedSignals>> consult(Surface surface, String text) {
        if (provider.isEmpty() || !appliesTo(surface)) {
            return Uni.createFrom().item(List.of());
        }
        ModerationProvider p = provider.get();
        String version = "external:" + p.name() + "@" + p.model();
        return Uni.createFrom().completionStage(() -> guard.get(() -> p.moderate(text)))
                .map(scores -> List.of(new PrecomputedSignals(version, mapping.signals(p.name(), scores))))
                .onFailure().recoverWithItem(failure -> {
                    SkipReason reason = reasonOf(failure);
                    LOG.debugf("external provider %s skipped: %s", p.name(), reason.tag());
                    fallbacks(p.name(), reason).increment();
                    return List.of(new PrecomputedSignals(version + ":skipped:" + reason.tag(), List.of()));
                });
    }

    private boolean appliesTo(Surface surface) {
        return config.surfaces().map(ids -> ids.contains(surface.id())).orElse(true);
    }

    private Counter fallbacks(String providerName, SkipReason reason) {
        return Counter.builder("bulwark.classifier.external.fallbacks")
                .description("Classifications that went on without the external provider, by reason")
                .tag("provider", providerName)
                .tag("reason", reason.tag())
                .register(registry);
    }

    private static SkipReason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return SkipReason.TIMEOUT;
            }
            if (t instanceof CircuitBreakerOpenException) {
                return SkipReason.CIRCUIT_OPEN;
            }
            if (t instanceof MalformedAnswerException) {
                return SkipReason.MALFORMED;
            }
        }
        return SkipReason.FAILED;
    }
}
