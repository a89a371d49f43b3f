package dev.bulwark.cases.view.application;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.view.PageCursor;
import java.util.List;

/** One page of cases, newest first; {@code next} is null on the last page. */
public record CasePage(List<CaseEntity> cases, PageCursor next) {}
