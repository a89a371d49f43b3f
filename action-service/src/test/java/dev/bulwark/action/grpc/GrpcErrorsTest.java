package dev.bulwark.action.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import dev.bulwark.devstack.GrpcErrorDetails;
import io.grpc.Status;
import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

class GrpcErrorsTest {

    @Test
    void shouldAnswerADatabaseShuttingDownUnavailableToRetryAndAnythingElseInternal() {
        Throwable shutdown = GrpcErrors.toStatus(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null));
        Throwable unexpected = GrpcErrors.toStatus(new IllegalStateException("row 42 of actions"));

        assertThat(Status.fromThrowable(shutdown).getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrorDetails.detail(shutdown, ErrorInfo.class).map(ErrorInfo::getReason)).contains("STORAGE_UNAVAILABLE");
        assertThat(Status.fromThrowable(unexpected).getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(Status.fromThrowable(unexpected).getDescription()).doesNotContain("row 42");
    }
}
