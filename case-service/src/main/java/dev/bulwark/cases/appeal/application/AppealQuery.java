package dev.bulwark.cases.appeal.application;

import dev.bulwark.cases.appeal.Appeal;
import dev.bulwark.cases.appeal.AppealNotFoundException;
import dev.bulwark.cases.appeal.AppealedAction;
import dev.bulwark.cases.appeal.persistence.AppealEntity;
import dev.bulwark.cases.appeal.persistence.AppealRepository;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads appeals with the subject of the case that reviews them. */
@ApplicationScoped
public class AppealQuery {

    private final AppealRepository appeals;
    private final CaseRepository cases;

    public AppealQuery(AppealRepository appeals, CaseRepository cases) {
        this.appeals = appeals;
        this.cases = cases;
    }

    /**
     * @param filedBy when present, an appeal someone else filed is not found, so a filer learns nothing
     *     of others' appeals
     */
    public Uni<Appeal> find(UUID id, Optional<String> filedBy) {
        return Panache.withSession(() -> appeals.findById(id).chain(row -> {
            if (row == null || filedBy.filter(filer -> !filer.equals(row.filedBy)).isPresent()) {
                return Uni.createFrom().failure(new AppealNotFoundException());
            }
            return cases.findById(id).map(kase -> toAppeal(row, kase));
        }));
    }

    private static Appeal toAppeal(AppealEntity row, CaseEntity kase) {
        AppealedAction action = new AppealedAction(row.actionId, row.category, row.actionOrigin, row.originalCaseId,
                row.originalReviewer);
        return new Appeal(row.caseId, kase.subject(), action, row.statement, row.filedBy, row.filedAt, row.status(),
                row.resolvedAt);
    }
}
