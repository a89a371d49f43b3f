package dev.bulwark.cases.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import dev.bulwark.devstack.GrpcErrorDetails;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class GrpcErrorsTest {

    @Test
    void shouldAnswerALostDatabaseUnavailableToRetryNotInternal() {
        StatusRuntimeException status = GrpcErrors.toStatus(new CompletionException(ClosedConnectionException.INSTANCE));

        assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        ErrorInfo info = GrpcErrorDetails.detail(status, ErrorInfo.class).orElseThrow();
        assertThat(info.getReason()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(info.getDomain()).isEqualTo(GrpcErrors.DOMAIN);
    }

    @Test
    void shouldAnswerAnythingUnexpectedInternalWithoutItsMessage() {
        StatusRuntimeException status = GrpcErrors.toStatus(new IllegalStateException("row 42 of cases"));

        assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getStatus().getDescription()).doesNotContain("row 42");
    }
}
