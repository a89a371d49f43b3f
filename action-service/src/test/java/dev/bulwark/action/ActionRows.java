package dev.bulwark.action;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** What the service tests read back straight from the database about one action. */
public final class ActionRows {

    private ActionRows() {}

    /** The action's audit entries, as event types in chain order. */
    public static List<String> auditTypesOf(DataSource database, String actionId) throws SQLException {
        return column(database, "SELECT event_type FROM audit_log WHERE action_id = ? ORDER BY seq", actionId);
    }

    /** The action's identity effects as {@code EFFECT/CAUSE/OUTCOME} (WAITING until applied), oldest first. */
    public static List<String> identityEffectsOf(DataSource database, String actionId) throws SQLException {
        return column(database, "SELECT effect || '/' || cause || '/' || coalesce(outcome, 'WAITING') FROM identity_effects"
                + " WHERE action_id = ? ORDER BY created_at", actionId);
    }

    /** The first column of a query that takes the action id as its one parameter. */
    public static List<String> column(DataSource database, String sql, String actionId) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(actionId));
            ResultSet rs = s.executeQuery();
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
