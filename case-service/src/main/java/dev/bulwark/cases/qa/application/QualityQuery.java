package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.qa.QualityFigures;
import dev.bulwark.cases.qa.QualityReport;
import dev.bulwark.cases.qa.QualityWindow;
import dev.bulwark.cases.qa.persistence.QualityStatistics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The quality figures of a window: reviewers' agreement with QA, and the automation's precision. */
@ApplicationScoped
public class QualityQuery {

    private final QualityStatistics statistics;

    public QualityQuery(QualityStatistics statistics) {
        this.statistics = statistics;
    }

    public Uni<QualityReport> report(QualityWindow window) {
        // One reactive session runs one query at a time: read sequentially.
        return Panache.withSession(() -> statistics.reviewSamples(window)
                .chain(samples -> statistics.verified(window)
                        .chain(verified -> statistics.automatedAppeals(window)
                                .chain(appeals -> statistics.automatedEnforcements(window)
                                        .map(offered -> QualityFigures.of(window, samples, verified, appeals,
                                                offered.enforced(), offered.sampled()))))));
    }
}
