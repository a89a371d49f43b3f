package dev.bulwark.action.grpc;

import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionService;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.RevertResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class ActionGrpcServiceTest {

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionService asyncActions;

    private GetStandingResponse standingOf(Subject subject) {
        return actions.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build());
    }

    private static StatusRuntimeException failure(Runnable call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::run);
    }

    @Test
    void shouldFollowThePolicyLadderForRepeatedHarassment() {
        Subject subject = newAccount();

        EnforceResponse first = actions.enforce(enforce(subject, "harassment"));
        assertThat(first.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_WARN);
        assertThat(first.getAction().hasExpiresAt()).isFalse();
        assertThat(first.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
        assertThat(first.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(first.getReplayed()).isFalse();

        EnforceResponse second = actions.enforce(enforce(subject, "harassment"));
        assertThat(second.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_RESTRICT);
        assertThat(Duration.ofSeconds(second.getAction().getExpiresAt().getSeconds()
                - second.getAction().getCreatedAt().getSeconds())).isEqualTo(Duration.ofDays(1));
        assertThat(second.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);

        EnforceResponse third = actions.enforce(enforce(subject, "harassment"));
        assertThat(third.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_SUSPEND);
        assertThat(third.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_SUSPENDED);
        assertThat(third.getStanding().getSuspendedUntil()).isEqualTo(third.getAction().getExpiresAt());
        assertThat(Duration.ofSeconds(third.getAction().getExpiresAt().getSeconds()
                - third.getAction().getCreatedAt().getSeconds())).isEqualTo(Duration.ofDays(7));

        EnforceResponse fourth = actions.enforce(enforce(subject, "harassment"));
        assertThat(fourth.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_BAN);
        assertThat(fourth.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
        assertThat(fourth.getStanding().getActiveStrikes()).isEqualTo(4);

        GetStandingResponse standing = standingOf(subject);
        assertThat(standing.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
        assertThat(standing.getStanding().getTotalStrikes()).isEqualTo(4);
        assertThat(standing.getActionsList()).extracting(Action::getType).containsExactly(
                ActionType.ACTION_TYPE_BAN, ActionType.ACTION_TYPE_SUSPEND,
                ActionType.ACTION_TYPE_RESTRICT, ActionType.ACTION_TYPE_WARN);
    }

    @Test
    void shouldBanAtOnceForSexualContentInvolvingMinors() {
        EnforceResponse response = actions.enforce(enforce(newAccount(), "sexual/minors"));
        assertThat(response.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_BAN);
        assertThat(response.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
    }

    @Test
    void shouldLetAReviewerChooseTheAction() {
        EnforceRequest request = enforce(newAccount(), "spam").toBuilder()
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(ActionType.ACTION_TYPE_SUSPEND)
                .build();
        EnforceResponse response = actions.enforce(request);
        assertThat(response.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_SUSPEND);
        assertThat(response.getAction().getOrigin()).isEqualTo(ActionOrigin.ACTION_ORIGIN_REVIEW);
        assertThat(Duration.ofSeconds(response.getAction().getExpiresAt().getSeconds()
                - response.getAction().getCreatedAt().getSeconds())).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void shouldReplayARepeatedKeyWithoutASecondStrike() {
        Subject subject = newAccount();
        EnforceRequest request = enforce(subject, "harassment");

        EnforceResponse first = actions.enforce(request);
        EnforceResponse replay = actions.enforce(request.toBuilder().setActor("retrying-relay").build());

        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getAction().getActionId()).isEqualTo(first.getAction().getActionId());
        assertThat(replay.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_WARN);
        assertThat(replay.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(standingOf(subject).getActionsCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAKeyReusedForADifferentRequest() throws InvalidProtocolBufferException {
        EnforceRequest request = enforce(newAccount(), "harassment");
        actions.enforce(request);

        StatusRuntimeException e = failure(() -> actions.enforce(request.toBuilder().setCategory("spam").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        ErrorInfo info = StatusProto.fromThrowable(e).getDetails(0).unpack(ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void shouldCreateExactlyOneActionForConcurrentCallsWithOneKey() {
        Subject subject = newAccount();
        EnforceRequest request = enforce(subject, "harassment");

        List<EnforceResponse> responses = Uni.join()
                .all(IntStream.range(0, 20).mapToObj(i -> asyncActions.enforce(request)).toList())
                .andFailFast()
                .await().atMost(Duration.ofSeconds(60));

        assertThat(responses).extracting(r -> r.getAction().getActionId()).containsOnly(
                responses.get(0).getAction().getActionId());
        assertThat(responses).filteredOn(r -> !r.getReplayed()).hasSize(1);
        GetStandingResponse standing = standingOf(subject);
        assertThat(standing.getActionsCount()).isEqualTo(1);
        assertThat(standing.getStanding().getTotalStrikes()).isEqualTo(1);
    }

    @Test
    void shouldLetOneRequestWinWhenOneKeyRacesOnDifferentSubjects() {
        String key = "key-" + UUID.randomUUID();
        List<EnforceRequest> requests = IntStream.range(0, 8)
                .mapToObj(i -> enforce(newAccount(), "spam").toBuilder().setIdempotencyKey(key).build())
                .toList();

        List<String> outcomes = Uni.join()
                .all(requests.stream().map(r -> asyncActions.enforce(r)
                        .map(response -> response.getReplayed() ? "replayed" : "created")
                        .onFailure(StatusRuntimeException.class)
                        .recoverWithItem(f -> ((StatusRuntimeException) f).getStatus().getCode().name()))
                        .toList())
                .andFailFast()
                .await().atMost(Duration.ofSeconds(60));

        assertThat(outcomes).containsOnlyOnce("created").doesNotContain("replayed");
        assertThat(outcomes).filteredOn("ALREADY_EXISTS"::equals).hasSize(7);
    }

    @Test
    void shouldRestoreStandingAndRemoveTheStrikeOnRevert() {
        Subject subject = newAccount();
        actions.enforce(enforce(subject, "harassment"));
        EnforceResponse restrict = actions.enforce(enforce(subject, "harassment"));
        assertThat(restrict.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);

        RevertRequest revert = RevertRequest.newBuilder()
                .setActionId(restrict.getAction().getActionId())
                .setReason("appeal overturned")
                .setActor("senior-reviewer-1")
                .build();
        RevertResponse reverted = actions.revert(revert);

        assertThat(reverted.getAction().getReverted()).isTrue();
        assertThat(reverted.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
        assertThat(reverted.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(reverted.getStanding().getTotalStrikes()).isEqualTo(1);

        RevertResponse again = actions.revert(revert);
        assertThat(again.getAction()).isEqualTo(reverted.getAction());
        assertThat(again.getStanding().getTotalStrikes()).isEqualTo(1);

        // The reverted strike no longer counts: the next strike is the second, a restriction again.
        EnforceResponse next = actions.enforce(enforce(subject, "harassment"));
        assertThat(next.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_RESTRICT);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAction() {
        StatusRuntimeException e = failure(() -> actions.revert(RevertRequest.newBuilder()
                .setActionId(UUID.randomUUID().toString()).setReason("appeal overturned").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void shouldRecordWhatProducedTheDecisionWithTheAction() {
        Subject subject = newAccount();
        EnforceRequest request = enforce(subject, "violence").toBuilder()
                .addModelVersions("lexicon-2026.11").addModelVersions("tfidf-sgd-3")
                .addSignalIds("lexicon:violence").addSignalIds("model:violence")
                .build();

        Action taken = actions.enforce(request).getAction();
        Action stored = standingOf(subject).getActions(0);

        for (Action action : List.of(taken, stored)) {
            assertThat(action.getPolicyVersion()).isEqualTo("2026-11-26.1");
            assertThat(action.getModelVersionsList()).containsExactly("lexicon-2026.11", "tfidf-sgd-3");
            assertThat(action.getSignalIdsList()).containsExactly("lexicon:violence", "model:violence");
            assertThat(action.getReferenceId()).isEqualTo(request.getReferenceId());
        }
        assertThat(actions.enforce(request).getAction().getSignalIdsList()).containsExactly("lexicon:violence", "model:violence");
    }

    @Test
    void shouldRefuseEmptyOrOverlongProvenanceEntries() throws InvalidProtocolBufferException {
        EnforceRequest request = enforce(newAccount(), "spam").toBuilder()
                .addModelVersions("")
                .addSignalIds("s".repeat(129))
                .build();

        StatusRuntimeException e = failure(() -> actions.enforce(request));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactlyInAnyOrder("model_versions[0]", "signal_ids[0]");
    }

    @Test
    void shouldNameEveryInvalidFieldOfAnEnforceRequest() throws InvalidProtocolBufferException {
        StatusRuntimeException e = failure(() -> actions.enforce(EnforceRequest.newBuilder()
                .setCategory("not-a-category")
                .build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactlyInAnyOrder(
                "idempotency_key", "subject.type", "subject.id", "category", "origin");
        assertThat(e.getStatus().getDescription()).doesNotContain("not-a-category");
    }

    @Test
    void shouldRefuseAnOverlongIdempotencyKey() throws InvalidProtocolBufferException {
        EnforceRequest request = enforce(newAccount(), "spam").toBuilder().setIdempotencyKey("k".repeat(129)).build();
        StatusRuntimeException e = failure(() -> actions.enforce(request));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactly("idempotency_key");
    }

    @Test
    void shouldNameTheInvalidFieldsOfARevertRequest() throws InvalidProtocolBufferException {
        StatusRuntimeException e = failure(() -> actions.revert(RevertRequest.newBuilder()
                .setActionId("not-a-uuid").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactlyInAnyOrder("action_id", "reason");
    }

    @Test
    void shouldRefuseAStandingRequestWithoutSubject() throws InvalidProtocolBufferException {
        StatusRuntimeException e = failure(() -> actions.getStanding(GetStandingRequest.getDefaultInstance()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactlyInAnyOrder("subject.type", "subject.id");
    }

    @Test
    void shouldReportAnUnknownSubjectInGoodStanding() {
        GetStandingResponse response = standingOf(newAccount());
        assertThat(response.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(response.getStanding().getActiveStrikes()).isZero();
        assertThat(response.getStanding().getTotalStrikes()).isZero();
        assertThat(response.getActionsList()).isEmpty();
    }

    @Test
    void shouldCountEnforcedAndRevertedActions() {
        EnforceResponse response = actions.enforce(enforce(newAccount(), "fraud"));
        actions.revert(RevertRequest.newBuilder()
                .setActionId(response.getAction().getActionId()).setReason("false positive").build());

        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("bulwark_actions_enforced_total{category=\"fraud\",origin=\"AUTOMATED\",type=\"WARN\"}"))
                .body(containsString("bulwark_actions_reverted_total{category=\"fraud\",type=\"WARN\"}"));
    }
}
