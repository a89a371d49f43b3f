package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.request;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.google.rpc.BadRequest;
import dev.bulwark.cases.qa.application.QualityGauges;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.common.v1.Subject;
import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Blind QA of sampled decisions (every one, under this profile), its corrections, and the quality figures. */
@QuarkusTest
@TestProfile(SampleEverything.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class QaFlowTest extends WithActionService {

    private static final String VIOLATING_HARASSMENT =
            "{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"insult\"}";
    private static final String NOT_VIOLATING = "{\"outcome\":\"NOT_VIOLATING\"}";
    private static final List<String> QA = List.of("qa");

    @Inject
    AgroalDataSource database;

    @Inject
    QualityGauges gauges;

    @Test
    void shouldPutASampledDecisionBeforeQaButNeverBeforeItsReviewer() throws Exception {
        Subject author = account(unique("sampled"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        as(reviewer).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);

        String qaCaseId = qaCaseOf(caseId);

        reader().get("/api/v1/cases/{id}", qaCaseId).then()
                .statusCode(200)
                .body("queue", equalTo("qa"))
                .body("status", equalTo("OPEN"))
                .body("subject.id", equalTo(author.getId()))
                .body("category", equalTo("harassment"))
                .body("policyVersion", equalTo("2026-11-26.1"))
                .body("items", hasSize(1))
                .body("items[0].content.blurred", equalTo(true))
                .body("events.type", contains("OPENED"))
                .body("events[0].details.sampledCaseId", equalTo(caseId));
        assertThat(revealedText(qaCaseId)).startsWith("You are a pathetic idiot and everyone knows it.");
        assertThat(sample(qaCaseId)).containsEntry("origin", "REVIEW")
                .containsEntry("original_reviewer", reviewer)
                .containsEntry("original_outcome", "NOT_VIOLATING")
                .containsEntry("verdict", null);

        assertThat(drain("qa", reviewer)).as("the reviewer never checks their own decision").doesNotContain(qaCaseId);
        claimUntil("qa", qaCaseId, unique("quinn"), QA).then().body("lease", notNullValue());
    }

    @Test
    void shouldOpenANewReviewCaseRatherThanJoinTheSubjectsQaCase() {
        Subject author = account(unique("resubmitted"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        as(reviewer).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);
        String qaCaseId = qaCaseOf(caseId);

        OpenCaseResponse next = open(cases, author, "harassment");

        assertThat(next.getJoinedExisting()).isFalse();
        assertThat(next.getCaseId()).isNotIn(caseId, qaCaseId);
        assertThat(next.getQueue()).isEqualTo("abuse");
        reader().get("/api/v1/cases/{id}", qaCaseId).then().body("itemCount", equalTo(1));
    }

    @Test
    void shouldRevertTheActionWhenQaFindsNoViolationAndReportTheOverturn() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Subject author = account(unique("overturned"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        String actionId = as(reviewer).body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .extract().jsonPath().getString("actionIds[0]");
        String qaCaseId = qaCaseOf(caseId);
        assertThat(revealedText(qaCaseId)).startsWith("You are a pathetic idiot and everyone knows it.");

        String checker = unique("quinn");
        claimUntil("qa", qaCaseId, checker, QA);

        as(checker, QA, List.of()).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", qaCaseId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("actionIds", hasSize(0))
                .body("standing.activeStrikes", equalTo(0));

        Action reverted = action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build()).getActions(0);
        assertThat(reverted.getActionId()).isEqualTo(actionId);
        assertThat(reverted.getReverted()).isTrue();
        assertThat(sample(qaCaseId)).containsEntry("verdict", "OVERTURNED")
                .containsEntry("qa_reviewer", checker)
                .containsEntry("qa_outcome", "NOT_VIOLATING");
        quality(start).then()
                .statusCode(200)
                .body("verified", greaterThanOrEqualTo(1))
                .body("overturned", greaterThanOrEqualTo(1))
                .body("kappa", notNullValue())
                .body("kappa", lessThanOrEqualTo(1.0f))
                .body("byReviewer.find { it.reviewer == '" + reviewer + "' }.verified", equalTo(1))
                .body("byReviewer.find { it.reviewer == '" + reviewer + "' }.overturned", equalTo(1))
                .body("byReviewer.find { it.reviewer == '" + reviewer + "' }.overturnRate", equalTo(1.0f))
                .body("byCategory.find { it.category == 'harassment' }.overturned", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldEnforceWhatQaFindsAReviewerMissed() {
        Subject author = account(unique("missed"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        as(reviewer).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);
        String qaCaseId = qaCaseOf(caseId);
        String checker = unique("quinn");
        claimUntil("qa", qaCaseId, checker, QA);

        String actionId = as(checker, QA, List.of()).body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", qaCaseId)
                .then()
                .statusCode(200)
                .body("actionIds", hasSize(1))
                .body("standing.state", equalTo("WARNED"))
                .extract().jsonPath().getString("actionIds[0]");

        Action enforced = action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build()).getActions(0);
        assertThat(enforced.getActionId()).isEqualTo(actionId);
        assertThat(enforced.getReferenceId()).isEqualTo(qaCaseId);
        assertThat(enforced.getOrigin()).isEqualTo(ActionOrigin.ACTION_ORIGIN_REVIEW);
        assertThat(sample(qaCaseId)).containsEntry("verdict", "OVERTURNED");
    }

    @Test
    void shouldCountAgreementWithoutCorrectingAnything() {
        Subject author = account(unique("agreed"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        as(reviewer).body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);
        String qaCaseId = qaCaseOf(caseId);
        String checker = unique("quinn");
        claimUntil("qa", qaCaseId, checker, QA);

        as(checker, QA, List.of()).body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", qaCaseId).then()
                .statusCode(200)
                .body("actionIds", hasSize(0));

        assertThat(sample(qaCaseId)).containsEntry("verdict", "AGREED");
        List<Action> actions = action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build()).getActionsList();
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).getReverted()).isFalse();
    }

    @Test
    void shouldSampleAnAutomaticEnforcementAndRevertItWhenQaOverturnsIt() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Subject author = account(unique("automated"));
        String submission = UUID.randomUUID().toString();
        String actionId = action.enforce(EnforceRequest.newBuilder()
                        .setIdempotencyKey("submission:" + submission + ":enforce")
                        .setSubject(author)
                        .setCategory("harassment")
                        .setOrigin(ActionOrigin.ACTION_ORIGIN_AUTOMATED)
                        .setReferenceId(submission)
                        .setActor("intake-service")
                        .setPolicyVersion("2026-11-26.1")
                        .build())
                .getAction().getActionId();
        OpenCaseRequest offer = automatedAction(submission, author, actionId);

        OpenCaseResponse sampled = cases.openCase(offer);
        OpenCaseResponse again = cases.openCase(offer);

        assertThat(sampled.getCaseId()).isNotEmpty();
        assertThat(sampled.getQueue()).isEqualTo("qa");
        assertThat(sampled.getReplayed()).isFalse();
        assertThat(again.getCaseId()).isEqualTo(sampled.getCaseId());
        assertThat(again.getReplayed()).isTrue();
        String qaCaseId = sampled.getCaseId();
        assertThat(sample(qaCaseId)).containsEntry("origin", "AUTOMATED")
                .containsEntry("original_reviewer", null)
                .containsEntry("original_outcome", "VIOLATING")
                .containsEntry("original_category", "harassment")
                .containsEntry("action_ids", "{" + actionId + "}");
        reader().get("/api/v1/cases/{id}", qaCaseId).then()
                .body("items[0].sourceKey", equalTo("submission:" + submission + ":enforce"))
                .body("items[0].content.blurred", equalTo(true));

        String checker = unique("quinn");
        claimUntil("qa", qaCaseId, checker, QA);
        as(checker, QA, List.of()).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", qaCaseId).then().statusCode(200);

        Action reverted = action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build()).getActions(0);
        assertThat(reverted.getActionId()).isEqualTo(actionId);
        assertThat(reverted.getReverted()).isTrue();
        quality(start).then()
                .statusCode(200)
                .body("automation.enforced", greaterThanOrEqualTo(1))
                .body("automation.sampled", greaterThanOrEqualTo(1))
                .body("automation.fromQa.overturned", greaterThanOrEqualTo(1))
                .body("automation.overturned", greaterThanOrEqualTo(1))
                .body("automation.precision", notNullValue());
    }

    @Test
    void shouldRefuseAnAutomaticEnforcementWithoutItsActionsOrCategory() {
        OpenCaseRequest offer = automatedAction(UUID.randomUUID().toString(), account(unique("automated")), "ignored")
                .toBuilder().clearActionIds().clearCategory().build();

        assertThatThrownBy(() -> cases.openCase(offer))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(StatusProto.fromThrowable(e).getDetailsList()).singleElement().satisfies(detail ->
                            assertThat(detail.unpack(BadRequest.class).getFieldViolationsList())
                                    .extracting(BadRequest.FieldViolation::getField)
                                    .containsExactly("category", "action_ids"));
                });
    }

    @Test
    void shouldAnswerTheQualityFiguresOfTheLastThirtyDaysByDefault() {
        Response figures = as("pat", List.of("policy-admin"), List.of()).get("/api/v1/quality");

        figures.then()
                .statusCode(200)
                .body("samples", greaterThanOrEqualTo(0))
                .body("automation.fromAppeals.confirmed", greaterThanOrEqualTo(0));
        Instant from = Instant.parse(figures.jsonPath().getString("window.from"));
        Instant to = Instant.parse(figures.jsonPath().getString("window.to"));
        assertThat(java.time.Duration.between(from, to)).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(to).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void shouldRefuseUnreadableOrInvertedWindows() {
        reader().queryParam("from", "last tuesday").get("/api/v1/quality").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:invalid-request"))
                .body("violations.field", contains("from"));
        reader().queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z").get("/api/v1/quality").then()
                .statusCode(400)
                .body("violations.field", contains("to"));
    }

    @Test
    void shouldShowTheQualityFiguresToQaSeniorsAdminsAndAuditorsOnly() {
        as(unique("rita")).get("/api/v1/quality").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:forbidden"));
        anonymous().get("/api/v1/quality").then().statusCode(401);
        for (String role : List.of("qa", "senior-reviewer", "policy-admin", "auditor")) {
            as(unique("someone"), List.of(role), List.of()).get("/api/v1/quality").then().statusCode(200);
        }
    }

    @Test
    void shouldPublishTheQualityGaugesWithoutPerReviewerTags() throws Throwable {
        Subject author = account(unique("gauged"));
        String reviewer = unique("rita");
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, reviewer);
        as(reviewer).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);
        String qaCaseId = qaCaseOf(caseId);
        String checker = unique("quinn");
        claimUntil("qa", qaCaseId, checker, QA);
        as(checker, QA, List.of()).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", qaCaseId).then().statusCode(200);

        VertxContextSupport.subscribeAndAwait(gauges::refresh);

        String metrics = anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("bulwark_cases_qa_kappa ", "bulwark_cases_automation_precision ",
                "bulwark_cases_qa_overturn_rate{category=\"harassment\"}", "bulwark_cases_qa_sampled_total{origin=\"REVIEW\"}");
        assertThat(metrics).doesNotContain(reviewer);
        anonymous().get("/q/metrics").then().body(containsString("bulwark_cases_qa_verified_total"));
    }

    private static Response quality(Instant from) {
        return reader().queryParam("from", from.toString()).get("/api/v1/quality");
    }

    private static OpenCaseRequest automatedAction(String submission, Subject author, String actionId) {
        return request("submission:" + submission + ":enforce", author, "harassment").toBuilder()
                .setSource(CaseSource.CASE_SOURCE_AUTOMATED_ACTION)
                .setReferenceId(submission)
                .addActionIds(actionId)
                .build();
    }

    /** Claims every case of a queue the person is handed, then gives them all back. */
    private static List<String> drain(String queue, String person) {
        List<String> claimed = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 500; attempt++) {
                Response response = as(person, QA, List.of()).post("/api/v1/queues/{queue}/claim", queue);
                if (response.statusCode() == 204) {
                    return claimed;
                }
                assertThat(response.statusCode()).isEqualTo(200);
                claimed.add(response.jsonPath().getString("id"));
            }
            throw new AssertionError(queue + " never ran dry");
        } finally {
            claimed.forEach(id -> as(person, QA, List.of()).post("/api/v1/cases/{id}/release", id).then().statusCode(204));
        }
    }

    private String qaCaseOf(String sampledCaseId) {
        List<Map<String, Object>> rows = rows("SELECT CAST(case_id AS text) AS case_id FROM qa_samples WHERE sampled_case_id = ?",
                sampledCaseId);
        assertThat(rows).as("the decision was sampled").hasSize(1);
        return (String) rows.get(0).get("case_id");
    }

    private Map<String, Object> sample(String qaCaseId) {
        List<Map<String, Object>> rows = rows("""
                SELECT origin, original_reviewer, original_outcome, original_category, CAST(action_ids AS text) AS action_ids,
                       qa_reviewer, qa_outcome, verdict
                FROM qa_samples WHERE case_id = ?
                """, qaCaseId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Map<String, Object>> rows(String sql, String caseId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(caseId));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new java.util.HashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** The QA case's copied item text, as an auditor sees it after revealing it. */
    private static String revealedText(String caseId) {
        String itemId = reader().get("/api/v1/cases/{id}", caseId).jsonPath().getString("items[0].id");
        return reader().post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                .statusCode(200)
                .extract().jsonPath().getString("content.text");
    }
}
