package dev.bulwark.classifier.scoring.service;

import dev.bulwark.classifier.model.OnnxModelProvider;
import dev.bulwark.classifier.policy.PolicyDocument;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.policy.Surface;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the classifier for one request and records what it decided. Texts up to 1 KiB are scored on
 * the calling event loop (a few tenths of a millisecond); longer ones, up to about 20 ms at 64 KiB,
 * move to a worker thread.
 */
@ApplicationScoped
public class ScoringService {

    /** Texts longer than this (UTF-16 units) are scored off the event loop. */
    private static final int EVENT_LOOP_LIMIT = 1024;

    private final Classifier classifier;
    private final MeterRegistry registry;
    private final Timer duration;

    /** {@code onnxDir}: a model brought as ONNX, scored beside the bundled detectors when set. */
    public ScoringService(MeterRegistry registry, @ConfigProperty(name = "bulwark.classifier.onnx.dir") Optional<String> onnxDir) {
        this.classifier = onnxDir
                .map(dir -> Classifier.withBundledRules().with(OnnxModelProvider.load(Path.of(dir))))
                .orElseGet(Classifier::withBundledRules);
        this.registry = registry;
        this.duration = Timer.builder("bulwark.classifier.score.duration")
                .description("Time to normalise, detect, score and decide one text")
                .register(registry);
    }

    @WithSpan("classifier.score")
    public Uni<Classification> score(PolicyDocument policy, Surface surface, String text) {
        Uni<Classification> scoring = Uni.createFrom().item(() -> classify(policy, surface, text));
        return text.length() > EVENT_LOOP_LIMIT ? scoring.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : scoring;
    }

    private Classification classify(PolicyDocument policy, Surface surface, String text) {
        Classification result = duration.record(() -> classifier.classify(policy.policy(), surface, text));
        Counter.builder("bulwark.classifier.decisions")
                .description("Decisions made, by verdict, surface and policy version")
                .tag("verdict", result.decision().verdict().name())
                .tag("surface", surface.id())
                .tag("policy_version", result.policyVersion())
                .register(registry)
                .increment();
        return result;
    }
}
