package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load, as Kubernetes stops a pod: intake finishes every call it had accepted, refuses
 * the ones that arrive after (UNAVAILABLE, so clients retry elsewhere), stores exactly what it
 * answered, and exits within its shutdown timeout.
 */
@EndToEnd
class GracefulShutdownIT {

    private static final int CALLERS = 16;
    /** Paced below the product team's quota, so every refusal seen is the shutdown's. */
    private static final Duration PAUSE = Duration.ofMillis(100);
    /** quarkus.shutdown.timeout (20 s) with room to spare. */
    private static final Duration EXIT = Duration.ofSeconds(30);

    private final BulwarkClients clients;
    private final RunningStack stack;

    GracefulShutdownIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    /** One Submit call: what was sent, when, and how it ended. */
    private record Call(SubmitRequest request, Instant started, Instant ended, Optional<SubmitResponse> answer,
            Status.Code code, String failure) {}

    private static List<String> failures(Collection<Call> calls) {
        return calls.stream().filter(call -> call.code() != Status.Code.OK).map(Call::failure).distinct().toList();
    }

    @Test
    void shouldFinishInFlightSubmissionsAndRefuseNewOnesWhenIntakeIsTerminated() throws Exception {
        ProcessHandle intake = ProcessHandle.of(stack.services().process(BulwarkService.INTAKE).pid()).orElseThrow();
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        Instant terminated;
        try {
            for (int i = 0; i < CALLERS; i++) {
                callers.submit(() -> callUntil(stop, inFlight, calls));
            }
            Thread.sleep(1_000);
            terminated = terminateWhileBusy(intake, inFlight);
            assertThat(intake.onExit().get(EXIT.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            stop.set(true);
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            stack.services().start(BulwarkService.INTAKE);
        }

        assertThat(calls).extracting(Call::code).as("how the calls ended: %s", failures(calls))
                .containsOnly(Status.Code.OK, Status.Code.UNAVAILABLE);
        assertThat(calls).as("calls under way when SIGTERM came that still completed")
                .anySatisfy(call -> {
                    assertThat(call.started()).isBefore(terminated);
                    assertThat(call.ended()).isAfter(terminated);
                    assertThat(call.code()).isEqualTo(Status.Code.OK);
                });
        for (Call call : calls) {
            // The channel saw intake go away; wait for it to reconnect to the restarted service.
            SubmitResponse again = clients.intake().withWaitForReady().submit(call.request());
            if (call.code() == Status.Code.OK) {
                assertThat(again.getReplayed()).as("an answered submission was stored").isTrue();
                assertThat(again.getSubmissionId()).isEqualTo(call.answer().orElseThrow().getSubmissionId());
            } else {
                assertThat(again.getReplayed())
                        .as("a refused submission (%s, %s after SIGTERM) left nothing behind, so a retry is new",
                                call.failure(), Duration.between(terminated, call.ended()))
                        .isFalse();
            }
        }
    }

    private void callUntil(AtomicBoolean stop, AtomicInteger inFlight, ConcurrentLinkedQueue<Call> calls) {
        while (!stop.get()) {
            SubmitRequest request = Requests.chat(key("shutdown"), freshAccount("shutdown"), CanonicalTexts.ALLOW);
            Instant started = Instant.now();
            inFlight.incrementAndGet();
            try {
                SubmitResponse answer = clients.intake().submit(request);
                calls.add(new Call(request, started, Instant.now(), Optional.of(answer), Status.Code.OK, ""));
            } catch (StatusRuntimeException e) {
                calls.add(new Call(request, started, Instant.now(), Optional.empty(), e.getStatus().getCode(),
                        e.getStatus() + (e.getCause() != null ? " caused by " + e.getCause() : "")));
                if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                    return;
                }
            } finally {
                inFlight.decrementAndGet();
            }
            sleep(PAUSE);
        }
    }

    /** Sends SIGTERM at a moment several calls are under way, and says when. */
    private static Instant terminateWhileBusy(ProcessHandle intake, AtomicInteger inFlight) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (inFlight.get() < 3 && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
        Instant now = Instant.now();
        assertThat(intake.destroy()).as("SIGTERM delivered").isTrue();
        return now;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
