package dev.bulwark.classifier.scoring.service;

import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.external.service.ExternalModeration;
import dev.bulwark.classifier.hashbank.active.HashBankMatcher;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.model.OnnxModelProvider;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.shadow.service.ShadowEvaluation;
import dev.bulwark.classifier.signal.PrecomputedSignals;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.Surface;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the classifier for one request and records what it decided. Texts up to 1 KiB are scored on
 * the calling event loop (a few tenths of a millisecond); longer ones, up to about 20 ms at 64 KiB,
 * move to a worker thread. Images are matched against the hash banks by their hashes alone. Where an
 * external moderation provider is configured, its answer (or its absence) comes first, without
 * blocking, and its signals are weighed with the classifier's own. A shadowed candidate policy decides
 * the same evidence beside the policy in force.
 */
@ApplicationScoped
public class ScoringService {

    /** Texts longer than this (UTF-16 units) are scored off the event loop. */
    private static final int EVENT_LOOP_LIMIT = 1024;

    private final Classifier classifier;
    private final ExternalModeration external;
    private final ShadowEvaluation shadow;
    private final MeterRegistry registry;
    private final Timer duration;

    /** {@code onnxDir}: a model brought as ONNX, scored beside the bundled detectors when set. */
    public ScoringService(ExternalModeration external, ShadowEvaluation shadow, HashBankMatcher hashBanks,
            MeterRegistry registry, @ConfigProperty(name = "bulwark.classifier.onnx.dir") Optional<String> onnxDir) {
        Classifier bundled = Classifier.withBundledRules().withImageSignals(hashBanks);
        this.classifier = onnxDir.map(dir -> bundled.with(OnnxModelProvider.load(Path.of(dir)))).orElse(bundled);
        this.external = external;
        this.shadow = shadow;
        this.registry = registry;
        this.duration = Timer.builder("bulwark.classifier.score.duration")
                .description("Time to normalise, detect, score and decide one text")
                // Percentile buckets, so dashboards can take quantiles across replicas with histogram_quantile.
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
    }

    /** Scores a text that is no submission (REST callers): no images, nothing to shadow it under. */
    public Uni<Classification> score(PolicyDocument policy, Surface surface, String text) {
        return score(policy, surface, text, List.of(), "");
    }

    /** Scores submission {@code submissionId}, and shadows the decision under a candidate policy if one runs. */
    @WithSpan("classifier.score")
    public Uni<Classification> score(PolicyDocument policy, Surface surface, String text, List<ImageHashes> images,
            String submissionId) {
        return external.consult(surface, text).chain(precomputed -> {
            Uni<Classification> scoring = Uni.createFrom().item(() -> {
                Classification decided = classify(policy, surface, text, images, precomputed);
                shadow.shadow(classifier, surface, submissionId, decided);
                return decided;
            });
            return text.length() > EVENT_LOOP_LIMIT ? scoring.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : scoring;
        });
    }

    private Classification classify(PolicyDocument policy, Surface surface, String text, List<ImageHashes> images,
            List<PrecomputedSignals> precomputed) {
        Classification result = duration.record(() -> classifier.classify(policy.policy(), surface, text, images, precomputed));
        Counter.builder("bulwark.classifier.decisions")
                .description("Decisions made, by verdict, leading category, surface and policy version")
                .tag("verdict", result.decision().verdict().name())
                .tag("category", leadingCategory(result))
                .tag("surface", surface.id())
                .tag("policy_version", result.policyVersion())
                .register(registry)
                .increment();
        return result;
    }

    /** The category of the strictest reason; "none" for an ALLOW, which no category led. */
    private static String leadingCategory(Classification result) {
        return result.decision().reasons().stream()
                .filter(r -> r.verdict() == result.decision().verdict())
                .map(Reason::category)
                .findFirst()
                .orElse("none");
    }
}
