package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.casesAbout;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

/** A product team may retry freely: a key is accepted once, and reusing it for other content is refused. */
@EndToEnd
class IdempotencyIT {

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
