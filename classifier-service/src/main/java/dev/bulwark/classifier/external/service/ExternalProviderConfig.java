package dev.bulwark.classifier.external.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The optional external moderation provider (an OpenAI-compatible moderation API); off by default. */
@ConfigMapping(prefix = "bulwark.classifier.external")
public interface ExternalProviderConfig {

    /** Whether classification also asks the external provider. */
    @WithDefault("false")
    boolean enabled();

    /** Short name in signal ids ({@code external:<name>:<category>}) and model versions. */
    @WithDefault("openai")
    String name();

    /** Base URL of the API; {@code /moderations} is appended. */
    @WithDefault("https://api.openai.com/v1")
    URI baseUrl();

    /** Bearer token for the provider; set through the environment (BULWARK_CLASSIFIER_EXTERNAL_API_KEY). */
    Optional<String> apiKey();

    /** The provider's moderation model. */
    @WithDefault("omni-moderation-latest")
    String model();

    /** How long one call may take before scoring goes on without it. */
    @WithDefault("2S")
    Duration timeout();

    /** Surfaces whose texts the provider sees; all surfaces when unset. */
    Optional<List<String>> surfaces();

    /** Provider scores below this are dropped as noise. */
    @WithDefault("0.01")
    double minScore();

    /** Provider category to Bulwark category, for providers whose names differ from Bulwark's. */
    Map<String, String> categoryMapping();

    CircuitBreaker circuitBreaker();

    /** When to stop calling a failing provider for a while. */
    interface CircuitBreaker {

        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolume();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before a trial call. */
        @WithDefault("30S")
        Duration delay();
    }
}
