package dev.bulwark.demo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.proto.intake.v1.IntakeServiceGrpc;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference client retries what intake says is worth retrying, and nothing else, a bounded number of times. */
class BulwarkClientsRetryTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private Server server;
    private BulwarkClients clients;

    @AfterEach
    void stop() throws InterruptedException {
        clients.close();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void shouldRetryUnavailableUntilAnAttemptSucceeds() throws IOException {
        start(attempt -> attempt < 3 ? Status.UNAVAILABLE.withDescription("intake is at capacity") : null);

        SubmitResponse answer = clients.intake().submit(SubmitRequest.getDefaultInstance());

        assertThat(answer.getSubmissionId()).isEqualTo("answered on attempt 3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void shouldGiveUpAfterFiveAttempts() throws IOException {
        start(attempt -> Status.UNAVAILABLE);

        assertThatThrownBy(() -> clients.intake().submit(SubmitRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThat(attempts).hasValue(5);
    }

    @Test
    void shouldNotRetryAnAnswerAboutTheRequest() throws IOException {
        start(attempt -> Status.INVALID_ARGUMENT.withDescription("request has invalid fields"));

        assertThatThrownBy(() -> clients.intake().submit(SubmitRequest.getDefaultInstance()))
                .isInstanceOf(StatusRuntimeException.class);
        assertThat(attempts).hasValue(1);
    }

    /** An intake stand-in that answers each attempt with the status {@code failure} gives, or succeeds on null. */
    private void start(IntFunction<Status> failure) throws IOException {
        server = ServerBuilder.forPort(0).addService(new IntakeServiceGrpc.IntakeServiceImplBase() {
            @Override
            public void submit(SubmitRequest request, StreamObserver<SubmitResponse> answer) {
                int attempt = attempts.incrementAndGet();
                Status status = failure.apply(attempt);
                if (status != null) {
                    answer.onError(status.asRuntimeException());
                    return;
                }
                answer.onNext(SubmitResponse.newBuilder().setSubmissionId("answered on attempt " + attempt).build());
                answer.onCompleted();
            }
        }).build().start();
        clients = BulwarkClients.connect(server.getPort(), server.getPort(), server.getPort(), BearerToken.of("token"), () -> "token");
    }
}
