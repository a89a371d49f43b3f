package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.BLOCK;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.InjectServiceStack;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionServiceGrpc;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.classifier.v1.Evidence;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.Explanation;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every decision records what produced it, and GetSubmission explains it. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class ProvenanceTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @InjectServiceStack
    ServiceStack stack;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
    }

    private Explanation explanationOf(SubmitResponse answer) {
        return intake.getSubmission(GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build())
                .getExplanation();
    }

    @Test
    void shouldExplainWhyAStoredSubmissionGotItsVerdict() {
        SubmitRequest request = submission(REVIEW, uniqueAccount());
        SubmitResponse answer = intake.submit(request);

        Explanation why = explanationOf(answer);

        assertThat(why.getPolicyVersion()).isEqualTo(PolicyDocument.bundled().version()).isEqualTo(answer.getPolicyVersion());
        assertThat(why.getModelVersionsList()).isNotEmpty().doesNotContain("");
        Reason leading = why.getReasons(0);
        assertThat(leading.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(leading.getScore()).isGreaterThanOrEqualTo(leading.getThreshold());
        assertThat(leading.getThreshold()).isPositive();
        assertThat(why.getSignalsList()).isNotEmpty();
        assertThat(why.getSignalsList()).extracting(Signal::getCategory).contains(leading.getCategory());
        String text = request.getContent().getText();
        List<Evidence> spans = why.getSignalsList().stream().flatMap(s -> s.getEvidenceList().stream()).toList();
        assertThat(spans).isNotEmpty().allSatisfy(span -> {
            assertThat(span.getStart()).isNotNegative().isLessThan(span.getEnd());
            assertThat(span.getEnd()).isLessThanOrEqualTo(text.length());
        });
    }

    @Test
    void shouldRecordWhatProducedAnAutomaticEnforcementWithTheAction() {
        SubmitRequest request = submission(BLOCK, uniqueAccount());
        SubmitResponse answer = intake.submit(request);
        assertThat(answer.getActionIdsList()).as("the BLOCK auto-enforces").hasSize(1);
        Explanation why = explanationOf(answer);

        Action action = actionServiceStanding(request).getActions(0);

        assertThat(action.getActionId()).isEqualTo(answer.getActionIds(0));
        assertThat(action.getReferenceId()).isEqualTo(answer.getSubmissionId());
        assertThat(action.getPolicyVersion()).isEqualTo(why.getPolicyVersion());
        assertThat(action.getModelVersionsList()).containsExactlyElementsOf(why.getModelVersionsList());
        assertThat(action.getSignalIdsList()).isNotEmpty()
                .containsExactlyElementsOf(why.getSignalsList().stream()
                        .filter(s -> s.getCategory().equals(action.getCategory()))
                        .map(Signal::getId)
                        .distinct()
                        .toList());
    }

    private dev.bulwark.proto.action.v1.GetStandingResponse actionServiceStanding(SubmitRequest request) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", stack.port(BulwarkService.ACTION)).usePlaintext().build();
        try {
            return TestTokens.withToken(ActionServiceGrpc.newBlockingStub(channel), stack.serviceToken(BulwarkService.INTAKE))
                    .getStanding(GetStandingRequest.newBuilder().setSubject(request.getAuthor()).build());
        } finally {
            channel.shutdownNow();
        }
    }
}
