package dev.bulwark.cases.decision;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision as the DECIDED event keeps it: what was found, by whom, under which policy version (the
 * case's), and what enforcement followed.
 * {@link #toDetails()} and {@link #fromDetails} fix the event's JSON shape in one place.
 */
public record DecisionRecord(
        Outcome outcome,
        String category,
        String action,
        String note,
        String reviewer,
        Instant decidedAt,
        List<String> actionIds,
        Enforcement.Standing standing,
        String policyVersion) {

    public static DecisionRecord of(Decision decision, Enforcement enforcement, String reviewer, Instant at,
            String policyVersion) {
        return new DecisionRecord(decision.outcome(), decision.category(),
                decision.action() == null ? null : decision.action().name(), decision.note(), reviewer, at,
                enforcement.actionIds(), enforcement.standing(), policyVersion);
    }

    /** The event details; reviewer and time are the event's own actor and timestamp. */
    public Map<String, Object> toDetails() {
        Map<String, Object> details = new HashMap<>();
        details.put("outcome", outcome.name());
        details.put("category", category);
        details.put("action", action);
        details.put("note", note);
        details.put("actionIds", actionIds);
        details.put("policyVersion", policyVersion);
        if (standing != null) {
            details.put("standing", Map.of("state", standing.state(), "activeStrikes", standing.activeStrikes()));
        }
        return details;
    }

    @SuppressWarnings("unchecked")
    public static DecisionRecord fromDetails(Map<String, Object> details, String reviewer, Instant decidedAt) {
        Map<String, Object> standing = (Map<String, Object>) details.get("standing");
        List<String> actionIds = (List<String>) details.getOrDefault("actionIds", List.of());
        return new DecisionRecord(
                Outcome.valueOf((String) details.get("outcome")),
                (String) details.get("category"),
                (String) details.get("action"),
                (String) details.get("note"),
                reviewer,
                decidedAt,
                actionIds,
                standing == null ? null
                        : new Enforcement.Standing((String) standing.get("state"),
                                ((Number) standing.get("activeStrikes")).intValue()),
                (String) details.get("policyVersion"));
    }
}
