package dev.bulwark.intake.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import dev.bulwark.devstack.GrpcErrorDetails;
import dev.bulwark.intake.error.OverloadedException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Overload and an unreachable database are "unavailable, retry", never an internal error. */
class GrpcErrorsTest {

    @Test
    void shouldAnswerAnOverloadedReplicaWithUnavailableAndAShortRetryDelay() {
        Status status = GrpcErrors.toStatus(new OverloadedException(128));

        assertThat(status.getCode()).isEqualTo(Code.UNAVAILABLE_VALUE);
        assertThat(reason(status)).isEqualTo("OVERLOADED");
        assertThat(retryDelayMillis(status)).isEqualTo(100);
    }

    @Test
    void shouldAnswerDatabaseFailuresThatSayNothingAboutTheRequestWithUnavailable() {
        Throwable[] transientFailures = {
            new NoStackTraceThrowable("Timeout"),
            new CompletionException(new HibernateException(ClosedConnectionException.INSTANCE)),
            new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
            new PgException("connection failure", "FATAL", "08006", null),
            new HibernateException(new ConnectException("Connection refused")),
        };
        for (Throwable failure : transientFailures) {
            Status status = GrpcErrors.toStatus(failure);
            assertThat(status.getCode()).as(failure.toString()).isEqualTo(Code.UNAVAILABLE_VALUE);
            assertThat(reason(status)).isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(retryDelayMillis(status)).isEqualTo(1000);
        }
    }

    @Test
    void shouldKeepOtherDatabaseErrorsInternal() {
        Status status = GrpcErrors.toStatus(new PgException("null value in column", "ERROR", "23502", null));

        assertThat(status.getCode()).isEqualTo(Code.INTERNAL_VALUE);
        assertThat(status.getMessage()).as("no database detail leaks to the caller").isEqualTo("internal error");
    }

    private static String reason(Status status) {
        return GrpcErrorDetails.detail(status, ErrorInfo.class).map(ErrorInfo::getReason).orElse(null);
    }

    private static long retryDelayMillis(Status status) {
        return GrpcErrorDetails.detail(status, RetryInfo.class).map(retry -> Durations.toMillis(retry.getRetryDelay())).orElse(-1L);
    }
}
