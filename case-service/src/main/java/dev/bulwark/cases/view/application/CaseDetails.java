package dev.bulwark.cases.view.application;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import java.util.List;

/** A case with its items and events, loaded together for the reviewer's view. */
public record CaseDetails(CaseEntity kase, List<CaseItemEntity> items, List<CaseEventEntity> events) {}
