package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.account;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static dev.bulwark.intake.grpc.IntakeFixtures.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.MutinyIntakeServiceGrpc.MutinyIntakeServiceStub;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportRequest;
import dev.bulwark.proto.intake.v1.ReportResponse;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import dev.bulwark.proto.intake.v1.SubmitStreamRequest;
import dev.bulwark.proto.intake.v1.SubmitStreamResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class ReportAndStreamTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @GrpcClient("intake")
    MutinyIntakeServiceStub anonymousStream;

    MutinyIntakeServiceStub intakeStream;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
        intakeStream = TestTokens.withToken(anonymousStream, TestTokens.productTeam(IntakeFixtures.TENANT));
    }

    @Test
    void shouldJoinAReportToTheOpenCaseOfTheReportedAccount() {
        String author = uniqueAccount();
        SubmitResponse reviewed = intake.submit(submission(REVIEW, author));

        ReportResponse report = intake.report(report(author, reviewed.getSubmissionId()));

        assertThat(report.getCaseId()).isEqualTo(reviewed.getCaseId());
        assertThat(report.getReplayed()).isFalse();
    }

    @Test
    void shouldOpenACaseForAReportWithoutContentAndReplayIt() {
        ReportRequest request = report(uniqueAccount(), "");

        ReportResponse first = intake.report(request);
        ReportResponse replay = intake.report(request);

        assertThat(first.getCaseId()).isNotBlank();
        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getReportId()).isEqualTo(first.getReportId());
    }

    @Test
    void shouldRefuseAReportNamingAnUnknownSubmission() {
        assertThatThrownBy(() -> intake.report(report(uniqueAccount(), UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e)).containsExactly("submission_id");
                });
    }

    @Test
    void shouldAnswerEveryStreamedRequestInOrderAndKeepGoingAfterABadOne() {
        List<SubmitStreamRequest> requests = List.of(
                SubmitStreamRequest.newBuilder().setSubmission(submission(ALLOW, uniqueAccount())).build(),
                SubmitStreamRequest.newBuilder().setSubmission(submission("", uniqueAccount())).build(),
                SubmitStreamRequest.newBuilder().setSubmission(submission(REVIEW, uniqueAccount())).build());

        List<SubmitStreamResponse> answers = intakeStream.submitStream(Multi.createFrom().iterable(requests))
                .collect().asList().await().atMost(Duration.ofSeconds(30));

        assertThat(answers).extracting(SubmitStreamResponse::getIdempotencyKey)
                .containsExactlyElementsOf(requests.stream().map(r -> r.getSubmission().getIdempotencyKey()).toList());
        assertThat(answers.get(0).getResult().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(answers.get(1).getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        assertThat(answers.get(2).getResult().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
    }

    private static ReportRequest report(String target, String submissionId) {
        return ReportRequest.newBuilder()
                .setIdempotencyKey("report-" + UUID.randomUUID())
                .setReporter(account(uniqueAccount()))
                .setTarget(account(target))
                .setSubmissionId(submissionId)
                .setReason(ReportReason.REPORT_REASON_HARASSMENT)
                .setDetails("keeps insulting me")
                .build();
    }
}
