package dev.bulwark.cases.view.rest;

import java.time.Instant;
import java.util.UUID;

/** A case in a list; {@code assignee} holds its lease, null when nobody does. */
public record CaseSummaryJson(
        UUID id,
        String kind,
        String status,
        String queue,
        SubjectJson subject,
        String category,
        int priority,
        int itemCount,
        Instant slaDueAt,
        Instant createdAt,
        String assignee) {}
