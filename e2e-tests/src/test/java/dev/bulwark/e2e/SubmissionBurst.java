package dev.bulwark.e2e;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends many submissions with a bounded number in flight, as a product team's client would: a call
 * that fails for any reason but a refusal is sent again with the same idempotency key until intake
 * answers it, so every submission of the burst ends up acknowledged even if intake goes away a while.
 */
final class SubmissionBurst implements AutoCloseable {

    /**
     * Codes that refuse the request itself, which sending it again cannot change. Anything else is sent
     * again: with an idempotency key that is safe whether or not intake acted on the failed call (a
     * connection dropped under load answers INTERNAL, a crash UNAVAILABLE).
     */
    private static final Set<Status.Code> REFUSALS = Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.ALREADY_EXISTS,
            Status.Code.FAILED_PRECONDITION, Status.Code.PERMISSION_DENIED, Status.Code.UNAUTHENTICATED, Status.Code.UNIMPLEMENTED);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    /** One submission and intake's answer to it. */
    record Acknowledged(SubmitRequest request, SubmitResponse answer) {}

    private final BulwarkClients clients;
    private final Semaphore inFlight;
    private final Instant giveUp;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

    /** A burst that keeps at most {@code inFlight} calls open and retries until {@code patience} has passed. */
    SubmissionBurst(BulwarkClients clients, int inFlight, Duration patience) {
        this.clients = clients;
        this.inFlight = new Semaphore(inFlight);
        this.giveUp = Instant.now().plus(patience);
    }

    /** Starts sending, a request whenever a slot is free; completes once every request is answered. */
    CompletableFuture<List<Acknowledged>> send(List<SubmitRequest> requests) {
        return CompletableFuture.supplyAsync(() -> requests.stream().map(this::dispatch).toList(), dispatcher)
                .thenCompose(answers -> CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                        .thenApply(all -> answers.stream().map(CompletableFuture::join).toList()));
    }

    /** How many submissions intake has answered so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    private CompletableFuture<Acknowledged> dispatch(SubmitRequest request) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            // The burst was closed before it was all sent.
            Thread.currentThread().interrupt();
            throw new CancellationException("burst closed");
        }
        CompletableFuture<Acknowledged> answer = new CompletableFuture<>();
        answer.whenComplete((done, failure) -> inFlight.release());
        call(request, answer);
        return answer;
    }

    private void call(SubmitRequest request, CompletableFuture<Acknowledged> answer) {
        // Queued while intake is unreachable rather than failed at once, as the caller of a restarting service would wait.
        Futures.addCallback(clients.intakeAsync().withWaitForReady().submit(request), new FutureCallback<>() {
            @Override
            public void onSuccess(SubmitResponse response) {
                acknowledged.incrementAndGet();
                answer.complete(new Acknowledged(request, response));
            }

            @Override
            public void onFailure(Throwable failure) {
                if (!REFUSALS.contains(Status.fromThrowable(failure).getCode()) && Instant.now().isBefore(giveUp)) {
                    retries.schedule(() -> call(request, answer), RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    answer.completeExceptionally(failure);
                }
            }
        }, MoreExecutors.directExecutor());
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
        retries.shutdownNow();
    }
}
