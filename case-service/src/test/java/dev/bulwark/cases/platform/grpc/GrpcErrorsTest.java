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
    void shouldAnswerALostDatabaseConnectionUnavailableToRetryNotInternal() {
        StatusRuntimeException lost = GrpcErrors.toStatus(new CompletionException(ClosedConnectionException.INSTANCE));

        assertThat(lost.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrorDetails.detail(lost, ErrorInfo.class)).get()
                .isEqualTo(ErrorInfo.newBuilder().setReason("STORAGE_UNAVAILABLE").setDomain(GrpcErrors.DOMAIN).build());
        assertThat(GrpcErrors.toStatus(new IllegalStateException("row 42")).getStatus().getDescription()).isEqualTo("internal error");
    }
}
