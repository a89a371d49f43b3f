package dev.bulwark.intake.delivery.service;

import dev.bulwark.intake.delivery.DeliveryOutcome;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Records a successful delivery: the outbox entry is done, and the submission or report it came
 * from learns its case id or action id (so replays and reads show them). An automatic enforcement is
 * then offered for QA sampling.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private static final String ADD_ACTION = "UPDATE submissions SET action_ids = array_append(action_ids, CAST(:action AS text))"
            + " WHERE id = :id AND NOT CAST(:action AS text) = ANY (action_ids)";

    private final QaOffers qaOffers;

    public DeliveryRecorder(QaOffers qaOffers) {
        this.qaOffers = qaOffers;
    }

    /** Must run inside a transaction. */
    public Uni<Void> delivered(OutboxEntity entry, DeliveryOutcome outcome) {
        Uni<Integer> done = OutboxEntity.update("deliveredAt = ?1 where id = ?2", Instant.now(), entry.id);
        String table = entry.originType == OutboxEntity.Origin.SUBMISSION ? "submissions" : "reports";
        Uni<Integer> origin = outcome.caseId()
                .map(caseId -> nativeUpdate("UPDATE " + table + " SET case_id = :case WHERE id = :id", "case", caseId, entry))
                .or(() -> outcome.actionId().map(actionId -> nativeUpdate(ADD_ACTION, "action", actionId, entry)))
                .orElse(Uni.createFrom().item(0));
        return done.chain(() -> origin).chain(() -> entry.kind == OutboxEntity.Kind.ENFORCE && outcome.actionId().isPresent()
                ? qaOffers.offer(entry, outcome.actionId().get())
                : Uni.createFrom().voidItem());
    }

    private static Uni<Integer> nativeUpdate(String sql, String name, String value, OutboxEntity entry) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql)
                .setParameter(name, value)
                .setParameter("id", entry.originId)
                .executeUpdate());
    }
}
