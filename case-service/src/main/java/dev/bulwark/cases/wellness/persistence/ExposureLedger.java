package dev.bulwark.cases.wellness.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, per reviewer, category and UTC day, the cases handed to them and the items they revealed
 * ({@code reviewer_exposure}). Writes join the caller's transaction.
 */
@ApplicationScoped
public class ExposureLedger {

    private static final String COUNT = """
            INSERT INTO reviewer_exposure (reviewer, day, category, handed, reveals)
            VALUES (:reviewer, :day, :category, :handed, :reveals)
            ON CONFLICT (reviewer, day, category)
            DO UPDATE SET handed = reviewer_exposure.handed + EXCLUDED.handed,
                          reveals = reviewer_exposure.reveals + EXCLUDED.reveals
            """;

    private static final String TODAY = "SELECT category, handed, reveals FROM reviewer_exposure WHERE reviewer = :reviewer AND day = :day";

    /** One count of a reviewer's day in a category. */
    public record Exposure(String category, int handed, int reveals) {}

    public Uni<Void> handed(String reviewer, String category, Instant at) {
        return count(reviewer, category, at, 1, 0);
    }

    public Uni<Void> revealed(String reviewer, String category, Instant at) {
        return count(reviewer, category, at, 0, 1);
    }

    /** The reviewer's counts of the UTC day of {@code at}, by category. */
    public Uni<Map<String, Exposure>> today(String reviewer, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(TODAY, Object[].class)
                        .setParameter("reviewer", reviewer)
                        .setParameter("day", day(at))
                        .getResultList())
                .map(ExposureLedger::byCategory);
    }

    private Uni<Void> count(String reviewer, String category, Instant at, int handed, int reveals) {
        return Panache.getSession().chain(session -> session.createNativeQuery(COUNT)
                        .setParameter("reviewer", reviewer)
                        .setParameter("day", day(at))
                        .setParameter("category", category)
                        .setParameter("handed", handed)
                        .setParameter("reveals", reveals)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Map<String, Exposure> byCategory(List<Object[]> rows) {
        Map<String, Exposure> counts = new HashMap<>();
        for (Object[] row : rows) {
            String category = (String) row[0];
            counts.put(category, new Exposure(category, ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return counts;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
