package dev.bulwark.cases.wellness.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

    public Uni<Void> handed(String reviewer, String category, Instant at) {
        return count(reviewer, category, at, 1, 0);
    }

    public Uni<Void> revealed(String reviewer, String category, Instant at) {
        return count(reviewer, category, at, 0, 1);
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

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
