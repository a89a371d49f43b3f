package dev.bulwark.bench.stack;

import dev.bulwark.bench.load.Outcome;
import dev.bulwark.bench.load.SubmitTarget;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs submissions through every hop one at a time until intake answers a REVIEW with the case it opened
 * and a BLOCK with the action it took, as a deployment is warmed up before it takes traffic. Cold services
 * answer their first calls slowly (tokens and keys fetched, connections opened, code not yet compiled),
 * slowly enough to miss intake's classifier and delivery deadlines; the load phases measure the steady state.
 */
public final class DeliveryWarmUp {

    private final SubmitTarget intake;
    private final String prefix;

    public DeliveryWarmUp(SubmitTarget intake, String runId) {
        this.intake = intake;
        this.prefix = "warm-up-" + runId + "-";
    }

    /** Returns how long it took; fails when the stack has not delivered both within {@code timeout}. */
    public Duration await(Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        boolean reviewed = false;
        boolean enforced = false;
        for (int n = 0; !(reviewed && enforced) && System.nanoTime() < deadline; n++) {
            if (!reviewed) {
                reviewed = call(n + "r", CanonicalTexts.REVIEW_HARASSMENT).label().contains("+case");
            }
            if (!enforced) {
                enforced = call(n + "b", CanonicalTexts.BLOCK_THREAT).label().contains("+action");
            }
        }
        if (!(reviewed && enforced)) {
            throw new IllegalStateException("the stack did not answer with a case and an action within " + timeout.toSeconds() + " s");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Outcome call(String suffix, String text) {
        String id = prefix + suffix;
        SubmitRequest request = Requests.chat(id, Requests.account(id), text);
        CompletableFuture<Outcome> answer = new CompletableFuture<>();
        intake.submit(request, answer::complete);
        try {
            return answer.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while warming up", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer while warming up", e);
        }
    }
}
