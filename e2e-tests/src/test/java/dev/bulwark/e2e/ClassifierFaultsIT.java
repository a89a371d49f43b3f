package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * classifier-service down or hung: intake still answers every submission, within its classifier
 * deadline, with the verdict the surface's failure mode names (chat and api fail open to REVIEW,
 * profile fails closed to BLOCK), marked as a fallback and sent to a person. Once the classifier is
 * back, its verdicts return.
 */
@EndToEnd
class ClassifierFaultsIT {

    /** intake's classifier deadline (500 ms), with room for a machine busy with the whole stack. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final BulwarkClients clients;
    private final RunningStack stack;

    ClassifierFaultsIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldFallBackToEachSurfacesFailureModeWhenTheClassifierIsDown() throws Exception {
        ProcessSignals.kill(stack.services(), BulwarkService.CLASSIFIER);
        try {
            assertEachSurfaceFallsBack();
        } finally {
            stack.services().start(BulwarkService.CLASSIFIER);
        }
        assertClassifierVerdictsReturn();
    }

    /** A hung classifier keeps its connections open and never answers: only the deadline ends the wait. */
    @Test
    void shouldFallBackWithinTheDeadlineWhenTheClassifierHangs() throws Exception {
        ProcessSignals.pause(stack.services(), BulwarkService.CLASSIFIER);
        try {
            assertEachSurfaceFallsBack();
        } finally {
            ProcessSignals.resume(stack.services(), BulwarkService.CLASSIFIER);
        }
        assertClassifierVerdictsReturn();
    }

    private void assertEachSurfaceFallsBack() {
        // A threat on chat would be blocked by the classifier; without it, chat's failure mode sends it to review.
        assertFallback(submission("chat", CanonicalTexts.BLOCK_THREAT), Verdict.VERDICT_REVIEW);
        assertFallback(submission("api", CanonicalTexts.ALLOW), Verdict.VERDICT_REVIEW);
        // Harmless text on a profile is blocked: the profile surface fails closed.
        assertFallback(submission("profile", CanonicalTexts.ALLOW), Verdict.VERDICT_BLOCK);
    }

    private void assertFallback(SubmitRequest request, Verdict expected) {
        Instant sent = Instant.now();
        SubmitResponse answer = clients.intake().submit(request);
        Duration took = Duration.between(sent, Instant.now());

        assertThat(took).as("answered on %s within the classifier deadline", request.getSurface()).isLessThan(ANSWER_WITHIN);
        assertThat(answer.getFallback()).as("fallback on %s", request.getSurface()).isTrue();
        assertThat(answer.getVerdict()).as("verdict on %s", request.getSurface()).isEqualTo(expected);
        // A failure-mode verdict is never enforced automatically: a person reviews it.
        assertThat(answer.getCaseId()).as("case for the fallback on %s", request.getSurface()).isNotEmpty();
        assertThat(answer.getActionIdsList()).as("actions on %s", request.getSurface()).isEmpty();
    }

    private void assertClassifierVerdictsReturn() {
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            SubmitResponse threat = clients.intake().submit(submission("chat", CanonicalTexts.BLOCK_THREAT));
            assertThat(threat.getFallback()).isFalse();
            assertThat(threat.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        });
        SubmitResponse harmless = clients.intake().submit(submission("profile", CanonicalTexts.ALLOW));
        assertThat(harmless.getFallback()).isFalse();
        assertThat(harmless.getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
    }

    private static SubmitRequest submission(String surface, String text) {
        return Requests.chat(key("classifier-fault"), freshAccount("classifier-fault"), text).toBuilder().setSurface(surface).build();
    }
}
