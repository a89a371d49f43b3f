package dev.bulwark.classifier.scoring.service;

import dev.bulwark.classifier.hashbank.active.HashBankMatcher;
import dev.bulwark.classifier.image.ImageHashes;
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
import java.util.List;

/**
 * Runs the classifier for one request and records what it decided. Texts up to 1 KiB are scored on
 * the calling event loop (a few tenths of a millisecond); longer ones, up to about 20 ms at 64 KiB,
 * move to a worker thread. Images are matched against the hash banks by their hashes alone, which
 * stays well under a millisecond per image for banks of up to 100 000 hashes.
 */
@ApplicationScoped
public class ScoringService {

    /** Texts longer than this (UTF-16 units) are scored off the event loop. */
    private static final int EVENT_LOOP_LIMIT = 1024;

    private final Classifier classifier;
    private final MeterRegistry registry;
    private final Timer duration;

    public ScoringService(MeterRegistry registry, HashBankMatcher hashBanks) {
        this.classifier = Classifier.withBundledRules().withImageSignals(hashBanks);
        this.registry = registry;
        this.duration = Timer.builder("bulwark.classifier.score.duration")
                .description("Time to normalise, detect, score and decide one text")
                .register(registry);
    }

    public Uni<Classification> score(PolicyDocument policy, Surface surface, String text) {
        return score(policy, surface, text, List.of());
    }

    @WithSpan("classifier.score")
    public Uni<Classification> score(PolicyDocument policy, Surface surface, String text, List<ImageHashes> images) {
        Uni<Classification> scoring = Uni.createFrom().item(() -> classify(policy, surface, text, images));
        return text.length() > EVENT_LOOP_LIMIT ? scoring.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : scoring;
    }

    private Classification classify(PolicyDocument policy, Surface surface, String text, List<ImageHashes> images) {
        Classification result = duration.record(() -> classifier.classify(policy.policy(), surface, text, images));
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
