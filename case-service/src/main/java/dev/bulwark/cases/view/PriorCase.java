package dev.bulwark.cases.view;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Another case about the same subject, as the reviewer sees it beside the case at hand.
 *
 * @param closedAt null while it is not closed
 * @param outcome the closing decision's outcome, for example VIOLATING; null while undecided
 */
public record PriorCase(UUID id, CaseKind kind, CaseStatus status, String queue, String category, Instant createdAt,
        Instant closedAt, String outcome) {}
