package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.casesAbout;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A product team may retry freely: a key is accepted once, and reusing it for other content is refused. */
@EndToEnd
class IdempotencyIT {

    private static final int CONCURRENT_REPLAYS = 1_000;

    private final BulwarkClients clients;

    IdempotencyIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @Test
    void shouldAnswerAReplayWithTheFirstSubmissionAndOpenOnlyOneCase() {
        Subject author = freshAccount("replay");
        SubmitRequest request = Requests.chat(key("replay"), author, CanonicalTexts.REVIEW_HARASSMENT);

        SubmitResponse first = clients.intake().submit(request);
        SubmitResponse replay = clients.intake().submit(request);

        assertThat(first.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(first.getReplayed()).isFalse();
        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getSubmissionId()).isEqualTo(first.getSubmissionId());
        assertThat(replay.getVerdict()).isEqualTo(first.getVerdict());
        assertThat(replay.getCaseId()).isEqualTo(first.getCaseId());
        assertThat(casesAbout(clients.cases(), "abuse", author.getId()))
                .singleElement()
                .satisfies(listed -> {
                    assertThat(listed.id()).isEqualTo(first.getCaseId());
                    assertThat(listed.itemCount()).isEqualTo(1);
                });
    }

    @Test
    void shouldTakeOneEffectFromAThousandConcurrentCallsWithOneKey() throws Exception {
        Subject author = freshAccount("thousand");
        SubmitRequest request = Requests.chat(key("thousand"), author, CanonicalTexts.BLOCK_THREAT);

        // All sent before any is answered: the first ones race through classification to the insert.
        List<ListenableFuture<SubmitResponse>> calls = IntStream.range(0, CONCURRENT_REPLAYS)
                .mapToObj(i -> clients.intakeAsync().submit(request))
                .toList();
        List<SubmitResponse> answers = Futures.allAsList(calls).get(60, TimeUnit.SECONDS);

        assertThat(answers).extracting(SubmitResponse::getSubmissionId).as("one submission").containsOnly(answers.get(0).getSubmissionId());
        assertThat(answers).filteredOn(answer -> !answer.getReplayed()).as("answered as the first").hasSize(1);
        SubmitResponse first = answers.stream().filter(answer -> !answer.getReplayed()).findFirst().orElseThrow();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getVerdict()).isEqualTo(first.getVerdict());
            // A replay that arrives while the first call is still delivering is answered before the
            // case or action ids are recorded; a later replay carries them.
            assertThat(answer.getCaseId()).isIn(first.getCaseId(), "");
            assertThat(answer.getActionIdsList()).isIn(first.getActionIdsList(), List.of());
        });
        SubmitResponse settled = clients.intake().submit(request);
        assertThat(settled.getReplayed()).isTrue();
        assertThat(settled.getCaseId()).isEqualTo(first.getCaseId());
        assertThat(settled.getActionIdsList()).isEqualTo(first.getActionIdsList());
        // One effect: the action of a BLOCK (or, had the classifier been too slow for the first call,
        // the case its surface fell back to), never one per call.
        List<String> actionIds = clients.action().getStanding(GetStandingRequest.newBuilder().setSubject(author).build())
                .getActionsList().stream().map(Action::getActionId).toList();
        assertThat(actionIds).as("actions on the author").containsExactlyElementsOf(first.getActionIdsList());
        if (!first.getCaseId().isEmpty()) {
            assertThat(clients.cases().get(first.getCaseId()).path("itemCount").asInt()).as("items of the case").isEqualTo(1);
        }

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> clients.intake().submit(Requests.chat(request.getIdempotencyKey(), author, CanonicalTexts.ALLOW)));
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherPayload() {
        Subject author = freshAccount("conflict");
        String key = key("conflict");
        clients.intake().submit(Requests.chat(key, author, CanonicalTexts.ALLOW));

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> clients.intake().submit(Requests.chat(key, author, CanonicalTexts.ALLOW + " Five stars.")));

        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }
}
