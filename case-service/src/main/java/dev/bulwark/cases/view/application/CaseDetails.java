package dev.bulwark.cases.view.application;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import java.util.List;

/**
 * A case with its items and events, loaded together for the reviewer's view.
 *
 * @param history the subject's standing and other cases as the reader may see them; null when not
 *     loaded (it depends on the reader, see {@link CaseViewQuery#find(java.util.UUID, dev.bulwark.cases.access.QueueAccess)})
 */
public record CaseDetails(CaseEntity kase, List<CaseItemEntity> items, List<CaseEventEntity> events, SubjectHistory history) {

    /** The case alone, without the subject's history. */
    public CaseDetails(CaseEntity kase, List<CaseItemEntity> items, List<CaseEventEntity> events) {
        this(kase, items, events, null);
    }
}
