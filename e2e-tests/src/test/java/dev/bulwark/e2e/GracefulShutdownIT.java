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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load, as Kubernetes stops a pod. The callers act as the load balancer in front of
 * intake: they send while intake is ready and stop once its readiness turns DOWN. No call fails,
 * every answered submission is stored, and intake exits within its shutdown delay and timeout.
 */
@EndToEnd
class GracefulShutdownIT {

    private static final int CALLERS = 16;
    /** Paced below the product team's quota, so a refusal could only be the shutdown's. */
    private static final Duration PAUSE = Duration.ofMillis(100);
    /** quarkus.shutdown.delay (3 s) and timeout (20 s), with room to spare. */
    private static final Duration EXIT = Duration.ofSeconds(40);

    private final BulwarkClients clients;
    private final RunningStack stack;

    GracefulShutdownIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    /** One Submit call: what was sent, when, and how it ended. */
    private record Call(SubmitRequest request, Instant started, Instant ended, Optional<SubmitResponse> answer,
            Status.Code code, String failure) {}

    @Test
    void shouldAnswerEveryCallItTookWhenIntakeIsTerminatedUnderLoad() throws Exception {
        ProcessHandle intake = ProcessHandle.of(stack.services().process(BulwarkService.INTAKE).pid()).orElseThrow();
        URI readiness = URI.create("http://127.0.0.1:" + stack.services().port(BulwarkService.INTAKE) + "/q/health/ready");
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean routed = new AtomicBoolean(true);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        Instant terminated;
        Instant unready;
        try {
            for (int i = 0; i < CALLERS; i++) {
                callers.submit(() -> callWhile(routed, inFlight, calls));
            }
            Thread.sleep(1_000);
            terminated = terminateWhileBusy(intake, inFlight);
            unready = awaitNotReady(readiness, intake);
            routed.set(false);
            assertThat(intake.onExit().get(EXIT.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            routed.set(false);
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            stack.services().start(BulwarkService.INTAKE);
        }

        assertThat(Duration.between(terminated, unready)).as("readiness turns DOWN at once").isLessThan(Duration.ofSeconds(2));
        assertThat(calls).filteredOn(call -> call.code() != Status.Code.OK).as("calls that failed").isEmpty();
        assertThat(calls).as("calls under way when SIGTERM came, answered after it")
                .anySatisfy(call -> {
                    assertThat(call.started()).isBefore(terminated);
                    assertThat(call.ended()).isAfter(terminated);
                });
        for (Call call : calls) {
            // The channel saw intake go away; wait for it to reconnect to the restarted service.
            SubmitResponse again = clients.intake().withWaitForReady().submit(call.request());
            assertThat(again.getReplayed()).as("an answered submission was stored").isTrue();
            assertThat(again.getSubmissionId()).isEqualTo(call.answer().orElseThrow().getSubmissionId());
        }
    }

    private void callWhile(AtomicBoolean routed, AtomicInteger inFlight, ConcurrentLinkedQueue<Call> calls) {
        while (routed.get()) {
            SubmitRequest request = Requests.chat(key("shutdown"), freshAccount("shutdown"), CanonicalTexts.ALLOW);
            Instant started = Instant.now();
            inFlight.incrementAndGet();
            try {
                SubmitResponse answer = clients.intake().submit(request);
                calls.add(new Call(request, started, Instant.now(), Optional.of(answer), Status.Code.OK, ""));
            } catch (StatusRuntimeException e) {
                calls.add(new Call(request, started, Instant.now(), Optional.empty(), e.getStatus().getCode(),
                        e.getStatus().toString()));
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

    /** When intake's readiness first answered other than 200, as a load balancer's probe would see it. */
    private static Instant awaitNotReady(URI readiness, ProcessHandle intake) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(1)).build();
        while (intake.isAlive()) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    return Instant.now();
                }
            } catch (IOException e) {
                return Instant.now();
            }
            Thread.sleep(20);
        }
        return Instant.now();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
