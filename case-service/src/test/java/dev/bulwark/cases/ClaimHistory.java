package dev.bulwark.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The leases of a queue's cases replayed from their event log: who held each case when, and every
 * point where the log shows a case claimed while someone held it, or given back by someone who did not.
 *
 * @param claims every claim in the log, as "case reviewer"
 * @param violations what the log shows that a lease must never allow
 */
record ClaimHistory(Set<String> claims, List<String> violations) {

    private static final String EVENTS = """
            SELECT e.case_id, e.type, e.actor FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE c.queue = ? ORDER BY e.case_id, e.id
            """;

    /** Reads the log through a connection of its own, whatever has become of the service's. */
    static ClaimHistory of(String queue) throws SQLException {
        Set<String> claims = new HashSet<>();
        List<String> violations = new ArrayList<>();
        Map<String, String> holders = new HashMap<>();
        try (Connection connection = ConnectionKiller.connect(); PreparedStatement select = connection.prepareStatement(EVENTS)) {
            select.setString(1, queue);
            try (ResultSet events = select.executeQuery()) {
                while (events.next()) {
                    String caseId = events.getString(1);
                    String actor = events.getString(3);
                    String holder = holders.get(caseId);
                    switch (events.getString(2)) {
                        case "CLAIMED" -> {
                            if (holder != null) {
                                violations.add(caseId + " claimed by " + actor + " while " + holder + " held it");
                            }
                            holders.put(caseId, actor);
                            claims.add(caseId + " " + actor);
                        }
                        case "RELEASED" -> {
                            if (!actor.equals(holder)) {
                                violations.add(caseId + " released by " + actor + " while " + holder + " held it");
                            }
                            holders.remove(caseId);
                        }
                        case "LEASE_EXPIRED" -> holders.remove(caseId);
                        default -> {
                            // opening and new items leave the lease alone; these tests' reviewers decide nothing
                        }
                    }
                }
            }
        }
        return new ClaimHistory(claims, violations);
    }
}
