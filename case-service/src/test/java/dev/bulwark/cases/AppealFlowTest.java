package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.cases.v1.GetAppealRequest;
import dev.bulwark.proto.cases.v1.GetAppealResponse;
import dev.bulwark.proto.cases.v1.OpenAppealRequest;
import dev.bulwark.proto.cases.v1.OpenAppealResponse;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.common.v1.AppealStatus;
import dev.bulwark.proto.common.v1.Subject;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Appeals of enforcement actions: filing, who is handed them, overturning and upholding, and refusals. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class AppealFlowTest extends WithActionService {

    private static final String VIOLATING_HARASSMENT =
            "{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"insult\"}";
    private static final String NOT_VIOLATING = "{\"outcome\":\"NOT_VIOLATING\",\"note\":\"quoted, not meant\"}";
    private static final List<String> SENIOR = List.of("senior-reviewer");
    private static final String STATEMENT = "I was quoting the message I received, not insulting anyone.";

    /** A review case about the subject that ana decides VIOLATING; its one action. */
    private record Decided(String caseId, String actionId) {}

    @Test
    void shouldFileAnAppealOfAReviewersDecisionIntoTheAppealsQueue() {
        Subject author = account(unique("appellant"));
        Decided decided = decideViolating(author);

        OpenAppealResponse filed = cases.openAppeal(appeal(unique("key"), decided.actionId(), author));

        assertThat(filed.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OPEN);
        assertThat(filed.getReplayed()).isFalse();
        String appealId = filed.getAppealId();
        reader().get("/api/v1/cases/{id}", appealId).then()
                .statusCode(200)
                .body("queue", equalTo("appeals"))
                .body("status", equalTo("OPEN"))
                .body("category", equalTo("harassment"))
                .body("subject.id", equalTo(author.getId()))
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("APPEAL"))
                .body("items[0].referenceId", equalTo(decided.actionId()))
                .body("events.type", contains("OPENED"))
                .body("events[0].details.actionId", equalTo(decided.actionId()));
        reader().get("/api/v1/appeals/{id}", appealId).then()
                .statusCode(200)
                .body("appealId", equalTo(appealId))
                .body("actionId", equalTo(decided.actionId()))
                .body("subject.type", equalTo("ACCOUNT"))
                .body("subject.id", equalTo(author.getId()))
                .body("actionOrigin", equalTo("REVIEW"))
                .body("originalCaseId", equalTo(decided.caseId()))
                .body("originalReviewer", equalTo("ana"))
                .body("category", equalTo("harassment"))
                .body("statement", equalTo(STATEMENT))
                .body("filedBy", equalTo("team-chat"))
                .body("filedAt", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("resolvedAt", nullValue());
        GetAppealResponse read = cases.getAppeal(GetAppealRequest.newBuilder().setAppealId(appealId).build());
        assertThat(read.getActionId()).isEqualTo(decided.actionId());
        assertThat(read.getSubject().getId()).isEqualTo(author.getId());
        assertThat(read.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OPEN);
        assertThat(read.hasFiledAt()).isTrue();
        assertThat(read.hasResolvedAt()).isFalse();
    }

    @Test
    void shouldNeverHandAnAppealToTheReviewerWhoseDecisionItAppeals() {
        Subject author = account(unique("excluded"));
        String appealId = cases.openAppeal(appeal(unique("key"), decideViolating(author).actionId(), author)).getAppealId();

        as("ben").post("/api/v1/queues/{queue}/claim", "appeals").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        assertThat(drain("appeals", "ana", SENIOR)).as("ana, even as a senior reviewer").doesNotContain(appealId);

        claimUntil("appeals", appealId, "sam", SENIOR).then()
                .body("lease.reviewer", equalTo("sam"));
        as("sam", SENIOR, List.of()).post("/api/v1/cases/{id}/release", appealId).then().statusCode(204);
    }

    @Test
    void shouldRevertTheActionWhenTheAppealIsOverturned() {
        Subject author = account(unique("overturned"));
        Decided decided = decideViolating(author);
        String appealId = cases.openAppeal(appeal(unique("key"), decided.actionId(), author)).getAppealId();
        claimUntil("appeals", appealId, "sam", SENIOR);

        as("sam", SENIOR, List.of()).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", appealId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("NOT_VIOLATING"))
                .body("actionIds", hasSize(0))
                .body("standing.activeStrikes", equalTo(0));

        GetStandingResponse standing = standing(author);
        assertThat(standing.getStanding().getActiveStrikes()).isZero();
        assertThat(standing.getActionsList()).singleElement().satisfies(reverted -> {
            assertThat(reverted.getActionId()).isEqualTo(decided.actionId());
            assertThat(reverted.getReverted()).isTrue();
        });
        reader().get("/api/v1/appeals/{id}", appealId).then()
                .statusCode(200)
                .body("status", equalTo("OVERTURNED"))
                .body("resolvedAt", notNullValue());
        assertThat(cases.getAppeal(GetAppealRequest.newBuilder().setAppealId(appealId).build()))
                .satisfies(read -> {
                    assertThat(read.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OVERTURNED);
                    assertThat(read.hasResolvedAt()).isTrue();
                });

        assertThatThrownBy(() -> cases.openAppeal(appeal(unique("again"), decided.actionId(), author)))
                .as("nothing is left to appeal")
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
                    assertThat(reason(e)).isEqualTo("ACTION_REVERTED");
                });
    }

    @Test
    void shouldLeaveTheActionStandingWhenTheAppealIsUpheld() {
        Subject author = account(unique("upheld"));
        Decided decided = decideViolating(author);
        String appealId = cases.openAppeal(appeal(unique("key"), decided.actionId(), author)).getAppealId();
        claimUntil("appeals", appealId, "sam", SENIOR);

        as("sam", SENIOR, List.of()).body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", appealId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("actionIds", hasSize(0));

        GetStandingResponse standing = standing(author);
        assertThat(standing.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(standing.getActionsList()).extracting(Action::getReverted).containsExactly(false);
        reader().get("/api/v1/appeals/{id}", appealId).then()
                .body("status", equalTo("UPHELD"))
                .body("resolvedAt", notNullValue());
    }

    @Test
    void shouldAppealAnAutomatedActionWithNobodyExcluded() {
        Subject author = account(unique("automated"));
        String actionId = TestTokens.withToken(anonymousAction, stack.serviceToken(BulwarkService.INTAKE))
                .enforce(EnforceRequest.newBuilder()
                        .setIdempotencyKey(unique("submission"))
                        .setSubject(author)
                        .setCategory("violence")
                        .setOrigin(ActionOrigin.ACTION_ORIGIN_AUTOMATED)
                        .setActor("intake-service")
                        .build())
                .getAction().getActionId();

        String appealId = cases.openAppeal(appeal(unique("key"), actionId, author)).getAppealId();

        reader().get("/api/v1/appeals/{id}", appealId).then()
                .body("actionOrigin", equalTo("AUTOMATED"))
                .body("originalCaseId", nullValue())
                .body("originalReviewer", nullValue())
                .body("category", equalTo("violence"));
        claimUntil("appeals", appealId, "ana", SENIOR);
        as("ana", SENIOR, List.of()).post("/api/v1/cases/{id}/release", appealId).then().statusCode(204);
    }

    @Test
    void shouldOpenANewReviewCaseBesideAnOpenAppealRatherThanJoinIt() {
        Subject author = account(unique("reoffending"));
        String appealId = cases.openAppeal(appeal(unique("key"), decideViolating(author).actionId(), author)).getAppealId();

        OpenCaseResponse review = open(cases, author, "harassment");

        assertThat(review.getCaseId()).isNotEqualTo(appealId);
        assertThat(review.getJoinedExisting()).isFalse();
        assertThat(review.getQueue()).isEqualTo("abuse");
        reader().get("/api/v1/cases/{id}", appealId).then().body("itemCount", equalTo(1));
    }

    @Test
    void shouldReplayTheFirstAppealForTheSameKeyAndRefuseTheKeyForAnotherAction() {
        Subject author = account(unique("replayed"));
        String actionId = decideViolating(author).actionId();
        OpenAppealRequest request = appeal(unique("key"), actionId, author);

        OpenAppealResponse first = cases.openAppeal(request);
        OpenAppealResponse replay = cases.openAppeal(request);

        assertThat(replay.getAppealId()).isEqualTo(first.getAppealId());
        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getStatus()).isEqualTo(AppealStatus.APPEAL_STATUS_OPEN);
        assertThatThrownBy(() -> cases.openAppeal(request.toBuilder().setActionId("another-action").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    assertThat(reason(e)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                });
    }

    @Test
    void shouldRefuseASecondOpenAppealOfTheSameAction() {
        Subject author = account(unique("second"));
        String actionId = decideViolating(author).actionId();
        cases.openAppeal(appeal(unique("key"), actionId, author));

        assertThatThrownBy(() -> cases.openAppeal(appeal(unique("other-key"), actionId, author)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    assertThat(reason(e)).isEqualTo("APPEAL_ALREADY_OPEN");
                });
        as("pat", List.of("policy-admin"), List.of())
                .header("Idempotency-Key", unique("rest-key"))
                .body(restAppeal(actionId, author.getId()))
                .post("/api/v1/appeals").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:appeal-already-open"));
    }

    @Test
    void shouldNotFindAnUnknownActionNorAnotherSubjectsAction() {
        Subject author = account(unique("owner"));
        String actionId = decideViolating(author).actionId();
        Subject stranger = account(unique("stranger"));

        for (OpenAppealRequest request : List.of(
                appeal(unique("key"), "no-such-action", author), appeal(unique("key"), actionId, stranger))) {
            assertThatThrownBy(() -> cases.openAppeal(request))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                        assertThat(reason(e)).isEqualTo("ACTION_NOT_FOUND");
                    });
        }
        as("pat", List.of("policy-admin"), List.of())
                .header("Idempotency-Key", unique("rest-key"))
                .body(restAppeal(actionId, stranger.getId()))
                .post("/api/v1/appeals").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:action-not-found"));
        reader().get("/api/v1/appeals/{id}", "7b0c6a55-0000-4000-8000-000000000000").then()
                .statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:appeal-not-found"));
        assertThatThrownBy(() -> cases.getAppeal(GetAppealRequest.newBuilder().setAppealId("not-an-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void shouldReportEveryBadFieldAtOnce() {
        OpenAppealRequest bad = OpenAppealRequest.newBuilder()
                .setSubject(Subject.newBuilder().setId("x"))
                .setStatement("x".repeat(4001))
                .build();

        assertThatThrownBy(() -> cases.openAppeal(bad))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(fieldViolations(e))
                            .containsExactly("idempotency_key", "action_id", "subject.type", "statement", "filed_by");
                });
        as("pat", List.of("policy-admin"), List.of())
                .body("{\"subject\":{\"type\":\"PERSON\",\"id\":\"\"},\"statement\":\"" + "x".repeat(4001) + "\"}")
                .post("/api/v1/appeals").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", containsInAnyOrder(
                        "subject.type", "Idempotency-Key", "actionId", "subject.id", "statement"));
    }

    @Test
    void shouldLetAPolicyAdminFileAnAppealOverRestAndReplayIt() {
        Subject author = account(unique("staff-filed"));
        Decided decided = decideViolating(author);
        String key = unique("rest-key");

        Response filed = as("pat", List.of("policy-admin"), List.of())
                .header("Idempotency-Key", key)
                .body(restAppeal(decided.actionId(), author.getId()))
                .post("/api/v1/appeals");
        filed.then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/appeals/" + filed.jsonPath().getString("appealId")))
                .body("status", equalTo("OPEN"))
                .body("replayed", equalTo(false));
        String appealId = filed.jsonPath().getString("appealId");

        as("pat", List.of("policy-admin"), List.of())
                .header("Idempotency-Key", key)
                .body(restAppeal(decided.actionId(), author.getId()))
                .post("/api/v1/appeals").then()
                .statusCode(200)
                .body("appealId", equalTo(appealId))
                .body("replayed", equalTo(true));
        as("sam", SENIOR, List.of()).get("/api/v1/appeals/{id}", appealId).then()
                .statusCode(200)
                .body("filedBy", equalTo("pat"))
                .body("originalReviewer", equalTo("ana"))
                .body("statement", equalTo(STATEMENT));
    }

    @Test
    void shouldLetOnlySeniorReviewersAndPolicyAdminsFileAndOnlyOverseersRead() {
        Subject author = account(unique("roles"));
        String actionId = decideViolating(author).actionId();
        String appealId = cases.openAppeal(appeal(unique("key"), actionId, author)).getAppealId();

        for (List<String> roles : List.of(List.of("reviewer"), List.of("qa"), List.of("auditor"))) {
            as("rita", roles, TestTokens.ALL_QUEUES)
                    .header("Idempotency-Key", unique("rest-key"))
                    .body(restAppeal(actionId, author.getId()))
                    .post("/api/v1/appeals").then()
                    .statusCode(403)
                    .contentType(startsWith("application/problem+json"));
        }
        as("ben").get("/api/v1/appeals/{id}", appealId).then().statusCode(403);
        as("quinn", List.of("qa"), List.of()).get("/api/v1/appeals/{id}", appealId).then().statusCode(200);
        CaseFixtures.anonymous().get("/api/v1/appeals/{id}", appealId).then().statusCode(401);
    }

    @Test
    void shouldFileNothingWhileActionServiceIsDownAndFileOnRetryWithTheSameKey() {
        Subject author = account(unique("outage"));
        String actionId = decideViolating(author).actionId();
        OpenAppealRequest request = appeal(unique("key"), actionId, author);

        stack.stop(BulwarkService.ACTION);
        try {
            assertThatThrownBy(() -> cases.openAppeal(request))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        } finally {
            stack.start(BulwarkService.ACTION);
        }

        OpenAppealResponse filed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreException(StatusRuntimeException.class)
                .until(() -> cases.openAppeal(request), response -> !response.getAppealId().isEmpty());
        assertThat(filed.getReplayed()).as("the failed call filed nothing").isFalse();
    }

    /** Retries a 503 as a reviewer would: a cold or restarted action-service may miss the first deadline. */
    private Decided decideViolating(Subject author) {
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");
        Response decided = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("ana").body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId),
                        response -> response.statusCode() != 503);
        List<String> actionIds = decided.then().statusCode(200).extract().jsonPath().getList("actionIds", String.class);
        assertThat(actionIds).hasSize(1);
        return new Decided(caseId, actionIds.get(0));
    }

    private static OpenAppealRequest appeal(String key, String actionId, Subject subject) {
        return OpenAppealRequest.newBuilder()
                .setIdempotencyKey(key)
                .setActionId(actionId)
                .setSubject(subject)
                .setStatement(STATEMENT)
                .setFiledBy("team-chat")
                .build();
    }

    private static String restAppeal(String actionId, String accountId) {
        return "{\"actionId\":\"" + actionId + "\",\"subject\":{\"type\":\"ACCOUNT\",\"id\":\"" + accountId
                + "\"},\"statement\":\"" + STATEMENT + "\"}";
    }

    private GetStandingResponse standing(Subject subject) {
        return action.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build());
    }

    /** Claims everything the person may be handed in the queue, then gives it all back. */
    private static List<String> drain(String queue, String person, List<String> roles) {
        List<String> claimed = new ArrayList<>();
        try {
            while (true) {
                Response response = as(person, roles, List.of()).post("/api/v1/queues/{queue}/claim", queue);
                if (response.statusCode() == 204) {
                    return claimed;
                }
                assertThat(response.statusCode()).isEqualTo(200);
                claimed.add(response.jsonPath().getString("id"));
            }
        } finally {
            claimed.forEach(id -> as(person, roles, List.of()).post("/api/v1/cases/{id}/release", id).then().statusCode(204));
        }
    }

    private static List<String> fieldViolations(StatusRuntimeException e) {
        return unpack(e, BadRequest.class).getFieldViolationsList().stream().map(BadRequest.FieldViolation::getField).toList();
    }

    private static String reason(StatusRuntimeException e) {
        return unpack(e, ErrorInfo.class).getReason();
    }

    private static <T extends com.google.protobuf.Message> T unpack(StatusRuntimeException e, Class<T> type) {
        try {
            for (com.google.protobuf.Any any : StatusProto.fromThrowable(e).getDetailsList()) {
                if (any.is(type)) {
                    return any.unpack(type);
                }
            }
        } catch (InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e.getStatus());
    }
}
