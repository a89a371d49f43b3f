package dev.bulwark.action.approval;

import static dev.bulwark.action.TestTokens.as;
import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.TestTokens.person;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.google.rpc.ErrorInfo;
import dev.bulwark.action.ActionRows;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.identity.RecordingIdentityProvider;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionStatus;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.Standing;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EveryBanWaitsProfile.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class ApprovalTest {

    private static final String REQUESTER = "rita";
    private static final String SENIOR = "sam";
    private static final String POLICY_ADMIN = "pat";

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecordingIdentityProvider provider;

    private static Subject newOrganisation() {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ORGANIZATION)
                .setId("org-" + UUID.randomUUID()).build();
    }

    private static EnforceRequest banAskedByRita(Subject subject) {
        return enforce(subject, "harassment").toBuilder()
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(ActionType.ACTION_TYPE_BAN)
                .setActor(REQUESTER)
                .build();
    }

    private static String senior(String name) {
        return person(name, List.of("senior-reviewer"));
    }

    private static ValidatableResponse decide(String token, String actionId, String decision, String note) {
        return as(token).contentType(ContentType.JSON).body(note == null ? Map.of() : Map.of("note", note))
                .post("/api/v1/approvals/" + actionId + "/" + decision).then();
    }

    private Standing standingOf(Subject subject) {
        return actions.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build()).getStanding();
    }

    /** Every pending action id, walking the queue page by page as a client would. */
    private static List<String> pendingIds(int pageSize) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = as(senior(SENIOR)).queryParam("limit", pageSize)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/approvals").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static void assertChainVerifies() {
        asAuditor().get("/api/v1/audit/verify").then().statusCode(200).body(containsString("\"valid\":true"));
    }

    @Test
    void shouldHoldAnOrganisationBanUntilASecondSeniorApprovesIt() throws SQLException {
        Subject organisation = newOrganisation();

        EnforceResponse requested = actions.enforce(banAskedByRita(organisation));
        String id = requested.getAction().getActionId();

        assertThat(requested.getAction().getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_PENDING_APPROVAL);
        assertThat(requested.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(standingOf(organisation).getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(standingOf(organisation).getActiveStrikes()).isZero();
        assertThat(pendingIds(50)).contains(id);

        decide(senior(REQUESTER), id, "approve", "looks right").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bulwark:problem:same-person"));
        assertThat(standingOf(organisation).getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);

        decide(senior(SENIOR), id, "approve", "confirmed in the case").statusCode(200)
                .body("status", equalTo("IN_FORCE"))
                .body("decidedBy", equalTo(SENIOR))
                .body("standing", equalTo("BANNED"));

        Standing after = standingOf(organisation);
        assertThat(after.getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
        assertThat(after.getActiveStrikes()).isEqualTo(1);
        assertThat(pendingIds(50)).doesNotContain(id);
        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("APPROVAL_REQUESTED", "APPROVED");
        decide(senior("sue"), id, "approve", null).statusCode(409)
                .body("type", equalTo("urn:bulwark:problem:not-pending"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("bulwark_actions_approvals_total{result=\"requested\"}"))
                .body(containsString("bulwark_actions_approvals_total{result=\"approved\"}"))
                .body(containsString("bulwark_actions_approvals_pending"));
        assertChainVerifies();
    }

    @Test
    void shouldLockAnAccountOutOnlyOnceItsBanIsApproved() throws SQLException {
        Subject account = newAccount();

        String id = actions.enforce(banAskedByRita(account)).getAction().getActionId();

        assertThat(ActionRows.identityEffectsOf(dataSource, id)).isEmpty();
        assertThat(provider.callsFor(account.getId())).isEmpty();

        decide(person(POLICY_ADMIN, List.of("policy-admin")), id, "approve", null).statusCode(200)
                .body("status", equalTo("IN_FORCE"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ActionRows.identityEffectsOf(dataSource, id).equals(List.of("DISABLE/ENFORCED/APPLIED")));
        assertThat(provider.appliedTo(account.getId())).containsExactly(IdentityEffectType.DISABLE);
        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("APPROVAL_REQUESTED", "APPROVED", "IDENTITY_DISABLED");
        assertThat(standingOf(account).getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
        assertChainVerifies();
    }

    @Test
    void shouldNeverLetARejectedBanTakeEffect() throws SQLException {
        Subject organisation = newOrganisation();
        String id = actions.enforce(banAskedByRita(organisation)).getAction().getActionId();

        decide(senior(SENIOR), id, "reject", null).statusCode(400)
                .body("violations[0].field", equalTo("note"));
        decide(senior(SENIOR), id, "reject", "   ").statusCode(400);
        decide(senior(SENIOR), id, "reject", "the evidence names another organisation").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("standing", equalTo("GOOD"));

        Standing after = standingOf(organisation);
        assertThat(after.getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(after.getActiveStrikes()).isZero();
        assertThat(after.getTotalStrikes()).isZero();
        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("APPROVAL_REQUESTED", "REJECTED");
        decide(senior("sue"), id, "approve", null).statusCode(409)
                .body("type", equalTo("urn:bulwark:problem:not-pending"));
        assertThat(actions.getStanding(GetStandingRequest.newBuilder().setSubject(organisation).build())
                .getActions(0).getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_REJECTED);
        assertChainVerifies();
    }

    @Test
    void shouldRefuseToRevertAnActionThatWaitsForApproval() throws Exception {
        String id = actions.enforce(banAskedByRita(newOrganisation())).getAction().getActionId();

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> actions.revert(RevertRequest.newBuilder().setActionId(id).setReason("withdrawn")
                        .setActor(REQUESTER).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(StatusProto.fromThrowable(refused).getDetails(0).unpack(ErrorInfo.class).getReason())
                .isEqualTo("ACTION_NOT_IN_FORCE");
        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("APPROVAL_REQUESTED");
        assertThat(pendingIds(50)).contains(id);
    }

    @Test
    void shouldAnswerAReplayOfAPendingBanWithThePendingAction() throws SQLException {
        Subject organisation = newOrganisation();
        EnforceRequest request = banAskedByRita(organisation);

        EnforceResponse first = actions.enforce(request);
        EnforceResponse replay = actions.enforce(request);

        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getAction().getActionId()).isEqualTo(first.getAction().getActionId());
        assertThat(replay.getAction().getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_PENDING_APPROVAL);
        assertThat(replay.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(ActionRows.auditTypesOf(dataSource, first.getAction().getActionId())).containsExactly("APPROVAL_REQUESTED");
    }

    @Test
    void shouldLetMilderActionsTakeEffectAtOnce() {
        EnforceResponse suspended = actions.enforce(banAskedByRita(newAccount()).toBuilder()
                .setRequestedType(ActionType.ACTION_TYPE_SUSPEND).build());

        assertThat(suspended.getAction().getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_IN_FORCE);
        assertThat(suspended.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_SUSPENDED);
    }

    @Test
    void shouldPageThroughTheQueueOldestFirstWithoutRepeats() {
        actions.enforce(banAskedByRita(newOrganisation()));
        actions.enforce(banAskedByRita(newOrganisation()));

        List<String> byOne = pendingIds(1);

        assertThat(byOne).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(byOne).isEqualTo(pendingIds(100));
        as(senior(SENIOR)).queryParam("limit", 2).get("/api/v1/approvals").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].requestedBy", equalTo(REQUESTER))
                .body("items[0].type", equalTo("BAN"));
    }

    @Test
    void shouldRefuseReviewersAndOtherRoles() {
        String id = actions.enforce(banAskedByRita(newOrganisation())).getAction().getActionId();

        for (String role : List.of("reviewer", "qa", "auditor")) {
            String token = person("rex", List.of(role));
            as(token).get("/api/v1/approvals").then().statusCode(403)
                    .body("type", equalTo("urn:bulwark:problem:forbidden"));
            decide(token, id, "approve", null).statusCode(403);
            decide(token, id, "reject", "no").statusCode(403);
        }
        given().get("/api/v1/approvals").then().statusCode(401);
        assertThat(pendingIds(50)).contains(id);
    }

    @Test
    void shouldAnswerUnknownAndMalformedRequests() {
        decide(senior(SENIOR), UUID.randomUUID().toString(), "approve", null).statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:not-found"));
        decide(senior(SENIOR), "not-a-uuid", "approve", null).statusCode(400)
                .body("violations[0].field", equalTo("actionId"));
        as(senior(SENIOR)).queryParam("cursor", "garbage!").get("/api/v1/approvals").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as(senior(SENIOR)).queryParam("limit", 0).get("/api/v1/approvals").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as(senior(SENIOR)).queryParam("limit", 101).get("/api/v1/approvals").then().statusCode(400);
    }
}
