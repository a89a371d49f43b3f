package dev.bulwark.cases.platform.database;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by losing the database connection (the server ended it, restarted or failed
 * over) from other failures: the request may succeed when repeated, since the reactive pool opens new
 * connections in place of closed ones.
 */
public final class ConnectionLoss {

    /** What Vert.x says when a query is given to a connection that has closed since it left the pool. */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    private ConnectionLoss() {}

    /** Whether {@code failure}, a cause of it, or one of the failures it combines, is a lost connection. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (isLostConnection(next)) {
                return true;
            }
            if (next instanceof CompositeException composite) {
                composite.getCauses().forEach(pending::push);
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
        }
        return false;
    }

    private static boolean isLostConnection(Throwable failure) {
        if (failure instanceof ClosedConnectionException || failure instanceof SocketException) {
            // closed by the server, or the socket under a connection being opened was reset or refused
            return true;
        }
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            // Class 08 is a connection exception; 57P01-57P03 are shutdowns and a server not yet accepting.
            return pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P");
        }
        return failure.getMessage() != null && failure.getMessage().startsWith(INACTIVE_CONNECTION);
    }
}
