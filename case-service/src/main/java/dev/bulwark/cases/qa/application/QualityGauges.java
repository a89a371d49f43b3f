package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.qa.QualityReport;
import dev.bulwark.cases.qa.QualityWindow;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps the quality figures of the last {@code bulwark.cases.qa.figures-window} in gauges, recomputed
 * on a schedule: kappa, the overturn rate per category and the automation's precision (NaN while
 * undefined). Per-reviewer figures stay in the API: a tag per reviewer would grow without bound.
 */
@Startup
@ApplicationScoped
public class QualityGauges {

    private static final Logger LOG = Logger.getLogger(QualityGauges.class);

    /** The category tag of samples filed under no category. */
    static final String NO_CATEGORY = "none";

    private final QualityQuery quality;
    private final MeterRegistry meters;
    private final CasesConfig config;
    private final Clock clock;
    private final Map<String, Double> overturnRates = new ConcurrentHashMap<>();
    private volatile double kappa = Double.NaN;
    private volatile double precision = Double.NaN;

    public QualityGauges(QualityQuery quality, MeterRegistry meters, CasesConfig config, Clock clock, ActivePolicies policies) {
        this.quality = quality;
        this.meters = meters;
        this.config = config;
        this.clock = clock;
        Gauge.builder("bulwark.cases.qa.kappa", this, gauges -> gauges.kappa)
                .description("Cohen's kappa between reviewers' decisions and QA's over the figures window")
                .strongReference(true)
                .register(meters);
        Gauge.builder("bulwark.cases.automation.precision", this, gauges -> gauges.precision)
                .description("Share of checked automatic enforcements that QA or an appeal confirmed")
                .strongReference(true)
                .register(meters);
        // Every category of the policy has its series from the start (NaN until QA checked one), so
        // dashboards and alerts see it before the first overturn.
        policies.active().policy().categories().forEach(category -> overturnRate(category.id(), Double.NaN));
    }

    @Scheduled(every = "${bulwark.cases.qa.figures-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh()
                // A failed pass (the database restarting) keeps the last figures until the next one.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("quality figures not refreshed: %s", e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Recomputes every gauge from the database. */
    public Uni<Void> refresh() {
        Instant now = clock.instant();
        return quality.report(new QualityWindow(now.minus(config.qa().figuresWindow()), now))
                .invoke(this::publish)
                .replaceWithVoid();
    }

    private void publish(QualityReport report) {
        kappa = orNaN(report.kappa());
        precision = orNaN(report.automation().precision().value());
        // Categories no longer in the window read NaN rather than a stale rate.
        overturnRates.replaceAll((category, rate) -> Double.NaN);
        for (QualityReport.CategoryFigures figures : report.byCategory()) {
            String category = figures.category() == null ? NO_CATEGORY : figures.category();
            overturnRate(category, orNaN(figures.overturns().value()));
        }
    }

    private void overturnRate(String category, double rate) {
        if (overturnRates.put(category, rate) == null) {
            Gauge.builder("bulwark.cases.qa.overturn.rate", overturnRates, rates -> rates.getOrDefault(category, Double.NaN))
                    .description("Share of reviewers' decisions QA overturned over the figures window, per category")
                    .tag("category", category)
                    .strongReference(true)
                    .register(meters);
        }
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
