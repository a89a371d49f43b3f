package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.intake.application.ItemRows;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.qa.AutomatedAction;
import dev.bulwark.cases.qa.OfferResult;
import dev.bulwark.cases.qa.QaOrigin;
import dev.bulwark.cases.qa.SampleRate;
import dev.bulwark.cases.qa.persistence.AutomatedEnforcements;
import dev.bulwark.cases.qa.persistence.QaSampleEntity;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes every automatic enforcement intake offers: records it (the total the automation figures
 * count), and opens a QA case for the configured share, chosen by source key. Idempotent on the source
 * key: an offer seen before is answered as it was the first time, and opens nothing.
 */
// Created at startup, so a sample rate outside [0, 1] stops the service instead of every offer.
@Startup
@ApplicationScoped
public class AutomationSampling {

    private final AutomatedEnforcements offers;
    private final QaCaseOpener opener;
    private final SampleRate rate;
    private final Clock clock;
    private final MeterRegistry meters;

    public AutomationSampling(AutomatedEnforcements offers, QaCaseOpener opener, CasesConfig config, Clock clock,
            MeterRegistry meters) {
        this.offers = offers;
        this.opener = opener;
        this.rate = new SampleRate(config.qa().automationSampleRate());
        this.clock = clock;
        this.meters = meters;
    }

    @WithSpan("OfferAutomatedAction")
    public Uni<OfferResult> offer(AutomatedAction enforced) {
        List<FieldViolation> violations = enforced.violations();
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> offers
                        .record(enforced.sourceKey(), enforced.item().category(), enforced.actionIds(), now)
                        .chain(first -> !first
                                ? offers.qaCaseOf(enforced.sourceKey()).map(qaCase -> new OfferResult(qaCase, true))
                                : rate.picks(enforced.sourceKey())
                                        ? sample(enforced, now)
                                        : Uni.createFrom().item(new OfferResult(Optional.empty(), false))))
                .invoke(result -> {
                    if (!result.replayed()) {
                        meters.counter("bulwark.cases.automation.offered",
                                "sampled", String.valueOf(result.qaCase().isPresent())).increment();
                    }
                });
    }

    private Uni<OfferResult> sample(AutomatedAction enforced, Instant now) {
        QaSampleEntity sample = new QaSampleEntity();
        sample.origin = QaOrigin.AUTOMATED;
        sample.actionIds = enforced.actionIds().toArray(String[]::new);
        sample.originalOutcome = Outcome.VIOLATING;
        sample.originalCategory = enforced.item().category();
        sample.sampledAt = now;
        CaseItemEntity item = ItemRows.of(null, enforced.item(), now);
        return opener.open(new QaCaseOpener.QaCase(enforced.item().subject(), enforced.item().category(),
                        enforced.item().policyVersion(), enforced.item().reach(), List.of(item), sample,
                        enforced.item().tenant()), now)
                .call(qa -> offers.attach(enforced.sourceKey(), qa.id))
                .map(qa -> new OfferResult(Optional.of(qa.id), false));
    }
}
