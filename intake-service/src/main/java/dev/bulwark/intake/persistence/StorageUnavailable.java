package dev.bulwark.intake.persistence;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;

/**
 * Recognises database failures that say nothing about the request: no pooled connection in time, a
 * connection closed under the call (a failover, a terminated backend), the server not reachable. They
 * are answered as "unavailable, retry", not as an internal error.
 */
public final class StorageUnavailable {

    /** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, terminated). */
    private static final String[] TRANSIENT_SQLSTATES = {"08", "57P"};

    private StorageUnavailable() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClosedConnectionException || t instanceof ConnectException) {
                return true;
            }
            // The reactive pool's wait for a free connection ends with this bare "Timeout".
            if (t instanceof NoStackTraceThrowable && "Timeout".equals(t.getMessage())) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                for (String prefix : TRANSIENT_SQLSTATES) {
                    if (pg.getSqlState().startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
