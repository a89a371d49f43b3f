package dev.bulwark.cases.qa.persistence;

import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.qa.Finding;
import dev.bulwark.cases.qa.QaOrigin;
import dev.bulwark.cases.qa.QaVerdict;
import dev.bulwark.cases.qa.QualityWindow;
import dev.bulwark.cases.qa.Tally;
import dev.bulwark.cases.qa.VerifiedGroup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Counts for the quality figures of a window, grouped in the database so that no query returns more
 * rows than there are reviewers, categories and label pairs. Callers provide the session.
 */
@ApplicationScoped
public class QualityStatistics {

    /** Verified samples by origin, reviewer, filing category, both findings and verdict. */
    private static final String VERIFIED = """
            SELECT s.origin, s.original_reviewer, coalesce(s.original_category, c.category),
                   s.original_outcome, s.original_category, s.qa_outcome, s.qa_category, s.verdict, count(*)
            FROM qa_samples s JOIN cases c ON c.id = s.case_id
            WHERE s.verdict IS NOT NULL AND s.verified_at >= :from AND s.verified_at < :to
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            """;

    private static final String REVIEW_SAMPLES = """
            SELECT count(*) FROM qa_samples
            WHERE origin = 'REVIEW' AND sampled_at >= :from AND sampled_at < :to
            """;

    private static final String AUTOMATED_ENFORCEMENTS = """
            SELECT count(*), count(qa_case_id) FROM automated_enforcements
            WHERE offered_at >= :from AND offered_at < :to
            """;

    private static final String AUTOMATED_APPEALS = """
            SELECT count(*) FILTER (WHERE resolution = 'UPHELD'), count(*) FILTER (WHERE resolution = 'OVERTURNED')
            FROM appeals
            WHERE action_origin = 'AUTOMATED' AND resolution IS NOT NULL AND resolved_at >= :from AND resolved_at < :to
            """;

    /** Automatic enforcements offered in a window, and how many of them were sampled. */
    public record Offered(long enforced, long sampled) {}

    public Uni<List<VerifiedGroup>> verified(QualityWindow window) {
        return Panache.getSession().chain(session -> session.createNativeQuery(VERIFIED, Object[].class)
                        .setParameter("from", window.from())
                        .setParameter("to", window.to())
                        .getResultList())
                .map(rows -> rows.stream().map(QualityStatistics::group).toList());
    }

    public Uni<Long> reviewSamples(QualityWindow window) {
        return Panache.getSession().chain(session -> session.createNativeQuery(REVIEW_SAMPLES, Object.class)
                        .setParameter("from", window.from())
                        .setParameter("to", window.to())
                        .getSingleResult())
                .map(QualityStatistics::number);
    }

    public Uni<Offered> automatedEnforcements(QualityWindow window) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AUTOMATED_ENFORCEMENTS, Object[].class)
                        .setParameter("from", window.from())
                        .setParameter("to", window.to())
                        .getSingleResult())
                .map(row -> new Offered(number(row[0]), number(row[1])));
    }

    /** Resolved appeals of automated actions: upheld ones confirm the automation, overturned ones refute it. */
    public Uni<Tally> automatedAppeals(QualityWindow window) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AUTOMATED_APPEALS, Object[].class)
                        .setParameter("from", window.from())
                        .setParameter("to", window.to())
                        .getSingleResult())
                .map(row -> new Tally(number(row[0]), number(row[1])));
    }

    private static VerifiedGroup group(Object[] row) {
        return new VerifiedGroup(
                QaOrigin.valueOf((String) row[0]),
                (String) row[1],
                (String) row[2],
                new Finding(Outcome.valueOf((String) row[3]), (String) row[4]),
                new Finding(Outcome.valueOf((String) row[5]), (String) row[6]),
                QaVerdict.valueOf((String) row[7]),
                number(row[8]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
