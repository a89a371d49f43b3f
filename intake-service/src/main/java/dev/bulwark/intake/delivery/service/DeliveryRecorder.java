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

    /**
     * Must run inside a transaction. An entry already recorded as delivered is left alone: the request
     * path and the relay may both have sent it (the relay retries once the first attempt is slower than
     * the first retry delay), and recording it twice would offer its enforcement to QA twice.
     */
    public Uni<Void> delivered(OutboxEntity entry, DeliveryOutcome outcome) {
        return OutboxEntity.update("deliveredAt = ?1 where id = ?2 and deliveredAt is null", Instant.now(), entry.id)
                .chain(updated -> updated == 0 ? Uni.createFrom().voidItem() : recordOnOrigin(entry, outcome));
    }

    private Uni<Void> recordOnOrigin(OutboxEntity entry, DeliveryOutcome outcome) {
        String table = entry.originType == OutboxEntity.Origin.SUBMISSION ? "submissions" : "reports";
        Uni<Integer> origin = outcome.caseId()
                .map(caseId -> nativeUpdate("UPDATE " + table + " SET case_id = :case WHERE id = :id", "case", caseId, entry))
                .or(() -> outcome.actionId().map(actionId -> nativeUpdate(ADD_ACTION, "action", actionId, entry)))
                .orElse(Uni.createFrom().item(0));
        return origin.chain(() -> entry.kind == OutboxEntity.Kind.ENFORCE && outcome.actionId().isPresent()
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
