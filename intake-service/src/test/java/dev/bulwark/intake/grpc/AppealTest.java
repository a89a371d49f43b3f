package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.BLOCK;
import static dev.bulwark.intake.grpc.IntakeFixtures.account;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.errorReason;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static dev.bulwark.intake.grpc.IntakeFixtures.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.common.v1.AppealStatus;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.AppealRequest;
import dev.bulwark.proto.intake.v1.AppealResponse;
import dev.bulwark.proto.intake.v1.GetAppealRequest;
import dev.bulwark.proto.intake.v1.GetAppealResponse;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Product teams appeal enforcement actions through intake, which files them at case-service. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class AppealTest {

    private static final String STATEMENT = "I was quoting a film, not threatening anyone.";

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    IntakeServiceBlockingStub otherTeam;

    @BeforeEach
    void actAsProductTeams() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
        otherTeam = asTenant(anonymous, "team-forum");
    }

    @Test
    void shouldFileAnAppealOfAnAutomaticBlockAndReadItBack() {
        String author = uniqueAccount();
        String actionId = blocked(author);
        AppealRequest request = appeal("key-" + UUID.randomUUID(), actionId, author);

        AppealResponse filed = intake.appeal(request);
        AppealResponse replay = intake.appeal(request);

        assertThat(filed.getAppealId()).isNotBlank();
        assertThat(filed.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OPEN);
        assertThat(filed.getReplayed()).isFalse();
        assertThat(replay.getAppealId()).isEqualTo(filed.getAppealId());
        assertThat(replay.getReplayed()).isTrue();
        GetAppealResponse read = intake.getAppeal(GetAppealRequest.newBuilder().setAppealId(filed.getAppealId()).build());
        assertThat(read.getActionId()).isEqualTo(actionId);
        assertThat(read.getSubject().getId()).isEqualTo(author);
        assertThat(read.getSubject().getType()).isEqualTo(SubjectType.SUBJECT_TYPE_ACCOUNT);
        assertThat(read.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OPEN);
        assertThat(read.hasFiledAt()).isTrue();
        assertThat(read.hasResolvedAt()).isFalse();
    }

    @Test
    void shouldKeepEachTeamsKeysAndAppealsToItself() {
        String author = uniqueAccount();
        String actionId = blocked(author);
        AppealRequest request = appeal("shared-key-" + UUID.randomUUID(), actionId, author);
        String appealId = intake.appeal(request).getAppealId();

        assertThatThrownBy(() -> otherTeam.appeal(request))
                .as("the same key from another team is another appeal, of an action already under appeal")
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    assertThat(errorReason(e)).isEqualTo("APPEAL_ALREADY_OPEN");
                });
        assertThatThrownBy(() -> otherTeam.getAppeal(GetAppealRequest.newBuilder().setAppealId(appealId).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void shouldNotFindAnActionThatIsNotOnTheSubject() {
        String actionId = blocked(uniqueAccount());

        assertThatThrownBy(() -> intake.appeal(appeal("key-" + UUID.randomUUID(), actionId, uniqueAccount())))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(errorReason(e)).isEqualTo("ACTION_NOT_FOUND");
                });
    }

    @Test
    void shouldRejectAnInvalidAppealNamingEveryBadField() {
        AppealRequest invalid = AppealRequest.newBuilder()
                .setSubject(Subject.newBuilder().setId("acct-1"))
                .setStatement("x".repeat(4_001))
                .build();

        assertThatThrownBy(() -> intake.appeal(invalid))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e))
                            .containsExactlyInAnyOrder("idempotency_key", "action_id", "subject.type", "statement");
                });
        assertThatThrownBy(() -> intake.getAppeal(GetAppealRequest.newBuilder().setAppealId("case-1").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e)).containsExactly("appeal_id");
                });
    }

    /**
     * The action of an automatic BLOCK on content the author submitted. A cold classifier may miss its
     * deadline (the surface's failure mode then decides), and a slow action-service gets the action later.
     */
    private String blocked(String author) {
        SubmitResponse blocked = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> intake.submit(submission(BLOCK, author)), answer -> !answer.getFallback());
        assertThat(blocked.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(blocked.getSubmissionId()).build();
        return blocked.getActionIdsCount() == 1
                ? blocked.getActionIds(0)
                : await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> intake.getSubmission(read).getSubmission().getActionIdsList(), ids -> ids.size() == 1)
                        .get(0);
    }

    private static AppealRequest appeal(String key, String actionId, String author) {
        return AppealRequest.newBuilder()
                .setIdempotencyKey(key)
                .setActionId(actionId)
                .setSubject(account(author))
                .setStatement(STATEMENT)
                .build();
    }
}
