package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.InjectServiceStack;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real downstream services are stopped and restarted: nothing is lost, nothing is done twice. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class DownstreamFailureTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @InjectServiceStack
    ServiceStack stack;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
    }

    @Test
    void shouldFallBackToEachSurfacesFailureModeWhenTheClassifierIsDown() {
        stack.stop(BulwarkService.CLASSIFIER);
        try {
            SubmitResponse chat = intake.submit(submission(ALLOW, uniqueAccount(), "chat"));
            SubmitResponse profile = intake.submit(submission(ALLOW, uniqueAccount(), "profile"));

            assertThat(chat.getFallback()).isTrue();
            assertThat(chat.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
            assertThat(chat.getCaseId()).isNotBlank();
            assertThat(profile.getFallback()).isTrue();
            assertThat(profile.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
            assertThat(profile.getActionIdsList()).as("a fail-closed block never enforces").isEmpty();
            assertThat(profile.getCaseId()).as("a person decides what the classifier could not").isNotBlank();
        } finally {
            stack.start(BulwarkService.CLASSIFIER);
        }
        // The client reconnects with backoff; judgements resume without intake restarting.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !intake.submit(submission(ALLOW, uniqueAccount())).getFallback());
    }

    @Test
    void shouldDeliverTheCaseOnceCaseServiceIsBack() {
        SubmitResponse answer;
        stack.stop(BulwarkService.CASE);
        try {
            answer = intake.submit(submission(REVIEW, uniqueAccount()));
            assertThat(answer.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
            assertThat(answer.getCaseId()).as("case-service is down").isEmpty();
        } finally {
            stack.start(BulwarkService.CASE);
        }
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build();

        String caseId = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> intake.getSubmission(read).getSubmission().getCaseId(), id -> !id.isEmpty());

        assertThat(redeliver(answer.getSubmissionId()))
                .as("case-service already holds this item: a redelivery joins nothing new")
                .satisfies(r -> {
                    assertThat(r.getReplayed()).isTrue();
                    assertThat(r.getCaseId()).isEqualTo(caseId);
                });
    }

    private OpenCaseResponse redeliver(String submissionId) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", stack.port(BulwarkService.CASE)).usePlaintext().build();
        try {
            return TestTokens.withToken(CaseServiceGrpc.newBlockingStub(channel), stack.serviceToken(BulwarkService.INTAKE))
                    .openCase(OpenCaseRequest.newBuilder()
                    .setSourceKey("submission:" + submissionId)
                    .setSource(CaseSource.CASE_SOURCE_SUBMISSION)
                    .setSubject(IntakeFixtures.account("whoever"))
                    .build());
        } finally {
            channel.shutdownNow();
        }
    }
}
