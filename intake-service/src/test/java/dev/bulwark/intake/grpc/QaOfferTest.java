package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.BLOCK;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionResponse;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every automatic enforcement is offered to case-service for QA sampling, once action-service has taken it. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class QaOfferTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void actAsProductTeamOnceTheClassifierAnswers() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
        // A cold classifier misses its deadline and the surface's failure mode decides instead.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> !intake.submit(submission(IntakeFixtures.ALLOW, uniqueAccount())).getFallback());
    }

    /** An offer as stored in the outbox, and whether case-service has taken it. */
    private record Offer(OpenCaseRequest request, boolean delivered) {}

    @Test
    void shouldOfferAnAutomaticEnforcementWithItsActionContentAndExplanation() {
        SubmitRequest request = submission(BLOCK, uniqueAccount());
        SubmitResponse answer = intake.submit(request);
        assertThat(answer.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build();
        // Delivered at once, or by the relay if action-service was slow to answer.
        List<String> actionIds = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> intake.getSubmission(read).getSubmission().getActionIdsList(), ids -> !ids.isEmpty());

        List<Offer> offers = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> offersOf(answer.getSubmissionId()), found -> found.stream().anyMatch(Offer::delivered));

        assertThat(offers).as("one offer per enforcement").hasSize(1);
        OpenCaseRequest offered = offers.get(0).request();
        GetSubmissionResponse stored = intake.getSubmission(read);
        String enforcedCategory = stored.getExplanation().getReasonsList().stream()
                .filter(r -> r.getVerdict() == Verdict.VERDICT_BLOCK && r.getAutoEnforce())
                .map(Reason::getCategory)
                .findFirst().orElseThrow();
        assertThat(offered.getSource()).isEqualTo(CaseSource.CASE_SOURCE_AUTOMATED_ACTION);
        assertThat(offered.getSourceKey()).isEqualTo("submission:" + answer.getSubmissionId() + ":enforce");
        assertThat(offered.getActionIdsList()).containsExactlyElementsOf(actionIds).hasSize(1);
        assertThat(offered.getCategory()).isEqualTo(enforcedCategory);
        assertThat(offered.getSubject()).isEqualTo(request.getAuthor());
        assertThat(offered.getReferenceId()).isEqualTo(answer.getSubmissionId());
        assertThat(offered.getContent().getText()).isEqualTo(request.getContent().getText());
        assertThat(offered.getPolicyVersion()).isEqualTo(answer.getPolicyVersion());
        assertThat(offered.getModelVersionsList()).isEqualTo(stored.getExplanation().getModelVersionsList());
        assertThat(offered.getSignalsList()).isEqualTo(stored.getExplanation().getSignalsList());
        assertThat(offered.getCategoryReasonsList()).isEqualTo(stored.getExplanation().getReasonsList());
        assertThat(stored.getSubmission().getCaseId()).as("a QA case, if any, is not the submission's review case").isEmpty();
    }

    @Test
    void shouldOfferNothingForASubmissionSentToReview() throws Exception {
        SubmitResponse answer = intake.submit(submission(REVIEW, uniqueAccount()));
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> intake.getSubmission(read).getSubmission().getCaseId(), id -> !id.isEmpty());

        assertThat(offersOf(answer.getSubmissionId())).isEmpty();
    }

    private List<Offer> offersOf(String submissionId) throws SQLException, InvalidProtocolBufferException {
        List<Offer> offers = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT payload, delivered_at IS NOT NULL FROM outbox WHERE origin_id = ? AND kind = 'OFFER_FOR_QA'")) {
            query.setObject(1, UUID.fromString(submissionId));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    offers.add(new Offer(OpenCaseRequest.parseFrom(rows.getBytes(1)), rows.getBoolean(2)));
                }
            }
        }
        return offers;
    }
}
