package dev.bulwark.storagefaults;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;

/**
 * Recognises database failures that say nothing about the request: the connection was lost under the
 * call (the server ended it, restarted or failed over), could not be opened, or no pooled connection
 * was free in time. Repeated a little later the request may well succeed, since the reactive pool opens
 * new connections in place of closed ones; so callers are told "unavailable, retry", not "internal error".
 */
public final class StorageUnavailable {

    /** The ErrorInfo reason of the gRPC status. */
    public static final String REASON = "STORAGE_UNAVAILABLE";
    /** How long a caller should wait before it tries again. */
    public static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(1);

    /** What Vert.x says when a query is given to a connection that has closed since it left the pool. */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";
    /** What the reactive pool's wait for a free connection ends with. */
    private static final String POOL_WAIT_TIMEOUT = "Timeout";

    private StorageUnavailable() {}

    /** Whether {@code failure}, a cause of it, or one of the failures it combines, is the database being unavailable. */
    public static boolean is(Throwable failure) {
        return Causes.find(failure, StorageUnavailable::isUnavailable).isPresent();
    }

    /** UNAVAILABLE with RetryInfo and an ErrorInfo of {@code domain}, the service's error domain. */
    public static Status grpcStatus(String domain) {
        return Status.newBuilder()
                .setCode(Code.UNAVAILABLE_VALUE)
                .setMessage("storage temporarily unavailable; retry with backoff")
                .addDetails(Any.pack(RetryInfo.newBuilder()
                        .setRetryDelay(Duration.newBuilder().setSeconds(RETRY_AFTER.toSeconds()))
                        .build()))
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(REASON).setDomain(domain).build()))
                .build();
    }

    private static boolean isUnavailable(Throwable failure) {
        if (failure instanceof ClosedConnectionException || failure instanceof SocketException) {
            // closed by the server, or the socket of a connection being opened was reset or refused
            return true;
        }
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            // Class 08 is a connection exception; 57P01-57P03 are shutdowns and a server not yet accepting.
            return pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P");
        }
        String message = failure.getMessage();
        return message != null && (message.startsWith(INACTIVE_CONNECTION) || isPoolWaitTimeout(failure));
    }

    private static boolean isPoolWaitTimeout(Throwable failure) {
        return failure instanceof NoStackTraceThrowable && POOL_WAIT_TIMEOUT.equals(failure.getMessage());
    }
}
