package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionResponse;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A product team can read back what it submitted and what Bulwark decided. */
@EndToEnd
class SubmissionLookupIT {

    private final BulwarkClients clients;

    SubmissionLookupIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @Test
    void shouldReturnTheStoredVerdictOfAnAllowedSubmission() {
        Subject author = freshAccount("lookup");
        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("lookup"), author, CanonicalTexts.ALLOW));
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(submitted.getCaseId()).isEmpty();

        GetSubmissionResponse stored = clients.intake().getSubmission(lookup(submitted.getSubmissionId()));

        assertThat(stored.getSubmission().getSubmissionId()).isEqualTo(submitted.getSubmissionId());
        assertThat(stored.getSubmission().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(stored.getSurface()).isEqualTo(Requests.CHAT);
        assertThat(stored.getAuthor().getId()).isEqualTo(author.getId());
        assertThat(stored.hasReceivedAt()).isTrue();
    }

    @Test
    void shouldReturnTheCaseOfASubmissionSentToReview() {
        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("lookup"), freshAccount("lookup"), CanonicalTexts.REVIEW_PII));
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);

        GetSubmissionResponse stored = clients.intake().getSubmission(lookup(submitted.getSubmissionId()));

        assertThat(stored.getSubmission().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(stored.getSubmission().getCaseId()).isEqualTo(submitted.getCaseId());
        assertThat(stored.getSubmission().getActionIdsList()).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownSubmission() {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> clients.intake().getSubmission(lookup(UUID.randomUUID().toString())));

        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    private static GetSubmissionRequest lookup(String submissionId) {
        return GetSubmissionRequest.newBuilder().setSubmissionId(submissionId).build();
    }
}
