package dev.bulwark.action.transparency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.TestTokens;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionStatus;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export against a WireMock receiver standing in for the DSA Transparency Database (the EU
 * service cannot run here): every other part is the real service and database.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class TransparencyExportTest {

    private static final String PATH = ".*/dsa-transparency/api/v2/statements";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @OidcWireMock
    WireMockServer receiver;

    @Inject
    AgroalDataSource dataSource;

    private final List<StubMapping> stubs = new ArrayList<>();

    private static RequestSpecification asPolicyAdmin() {
        return TestTokens.as(TestTokens.person("polly", List.of("policy-admin")));
    }

    private static RequestPatternBuilder submissions() {
        return postRequestedFor(urlPathMatching(PATH));
    }

    private void stub(MappingBuilder mapping) {
        stubs.add(receiver.stubFor(mapping));
    }

    /** The receiver accepts everything unless a test says otherwise; the backlog of other tests is sent first. */
    @BeforeEach
    void acceptEverythingAndDrainTheBacklog() {
        stub(post(urlPathMatching(PATH)).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"statements\": []}")));
        export();
        receiver.removeServeEventsMatching(submissions().build());
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(receiver::removeStub);
        stubs.clear();
    }

    private static ValidatableResponse export() {
        return asPolicyAdmin().post("/api/v1/transparency/export").then().statusCode(200);
    }

    private Subject newOrganization() {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ORGANIZATION)
                .setId("org-" + UUID.randomUUID()).build();
    }

    /** An organisation ban, approved by a second person as it must be, so it is in force and reportable. */
    private EnforceResponse ban(Subject subject) {
        EnforceResponse held = requestBan(subject);
        approve(held);
        return held;
    }

    private EnforceResponse requestBan(Subject subject) {
        EnforceResponse held = actions.enforce(enforce(subject, "sexual/minors").toBuilder().addModelVersions("moderation-v3").build());
        assertThat(held.getAction().getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_PENDING_APPROVAL);
        return held;
    }

    private static void approve(EnforceResponse held) {
        asPolicyAdmin().contentType(ContentType.JSON).body("{\"note\":\"confirmed\"}")
                .post("/api/v1/approvals/{id}/approve", held.getAction().getActionId())
                .then().statusCode(200);
    }

    private static String puidOf(EnforceResponse enforced) {
        return "bulwark-" + enforced.getAction().getActionId();
    }

    /** Every statement the receiver was sent, by puid, with how often each was sent. */
    private Map<String, List<JsonObject>> sent() {
        Map<String, List<JsonObject>> byPuid = new HashMap<>();
        for (LoggedRequest request : receiver.findAll(submissions())) {
            JsonArray statements = new JsonObject(request.getBodyAsString()).getJsonArray("statements");
            statements.forEach(s -> byPuid.computeIfAbsent(((JsonObject) s).getString("puid"), p -> new ArrayList<>())
                    .add((JsonObject) s));
        }
        return byPuid;
    }

    private Map<String, Object> statementRow(String puid) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT state, attempts, last_error, submitted_at IS NOT NULL,"
                        + " jsonb_typeof(payload), payload ->> 'puid' FROM transparency_statements WHERE puid = ?")) {
            s.setString(1, puid);
            var rs = s.executeQuery();
            assertThat(rs.next()).as("statement %s exists", puid).isTrue();
            Map<String, Object> row = new HashMap<>();
            row.put("state", rs.getString(1));
            row.put("attempts", rs.getInt(2));
            row.put("lastError", rs.getString(3));
            row.put("submitted", rs.getBoolean(4));
            row.put("payloadType", rs.getString(5));
            row.put("payloadPuid", rs.getString(6));
            return row;
        }
    }

    @Test
    void shouldSendNewDecisionsInBatchesOfAHundredAndNeverTwice() {
        List<String> bans = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            bans.add(puidOf(ban(newOrganization())));
        }
        List<String> suspensions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            suspensions.add(puidOf(actions.enforce(enforce(newAccount(), "harassment").toBuilder()
                    .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                    .setRequestedType(ActionType.ACTION_TYPE_SUSPEND)
                    .build())));
        }
        String warned = puidOf(actions.enforce(enforce(newAccount(), "harassment")));

        export().body("created", equalTo(150)).body("submitted", equalTo(150)).body("calls", equalTo(2));

        List<LoggedRequest> calls = receiver.findAll(submissions());
        assertThat(calls).extracting(r -> new JsonObject(r.getBodyAsString()).getJsonArray("statements").size())
                .containsExactlyInAnyOrder(100, 50);
        assertThat(calls).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer test-transparency-token");
            assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        });
        Map<String, List<JsonObject>> sent = sent();
        assertThat(sent.keySet()).containsAll(bans).containsAll(suspensions).doesNotContain(warned).hasSize(150);
        assertThat(sent.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));

        JsonObject banned = sent.get(bans.get(0)).get(0);
        assertThat(banned.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(banned.getString("account_type")).isEqualTo("ACCOUNT_TYPE_BUSINESS");
        assertThat(banned.getString("category")).isEqualTo("STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        assertThat(banned.getString("decision_ground")).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(banned.getString("incompatible_content_ground")).contains("2026-11-26.1").contains("sexual/minors");
        assertThat(banned.getString("automated_detection")).isEqualTo("Yes");
        assertThat(banned.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(banned.getString("application_date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(banned.getJsonArray("content_type").getList()).containsExactly("CONTENT_TYPE_TEXT");
        assertThat(banned.getJsonArray("territorial_scope").getList()).contains("DE", "NO");
        assertThat(banned.containsKey("end_date_account_restriction")).isFalse();

        JsonObject suspended = sent.get(suspensions.get(0)).get(0);
        assertThat(suspended.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_SUSPENDED");
        assertThat(suspended.getString("end_date_account_restriction")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(suspended.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(suspended.getString("category")).isEqualTo("STATEMENT_CATEGORY_CYBER_VIOLENCE");
        assertThat(suspended.encode()).doesNotContain("acct-", "sub-", "intake-service");

        export().body("created", equalTo(0)).body("submitted", equalTo(0)).body("calls", equalTo(0));
        assertThat(receiver.findAll(submissions())).hasSize(2);
    }

    @Test
    void shouldSendAgainAfterAServerErrorAndThenOnlyOnce() throws SQLException {
        String puid = puidOf(ban(newOrganization()));
        stub(post(urlPathMatching(PATH)).atPriority(1).withRequestBody(containing(puid))
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));

        export().body("created", equalTo(1)).body("deferred", equalTo(1)).body("submitted", equalTo(0));
        assertThat(statementRow(puid)).containsEntry("state", "PENDING").containsEntry("attempts", 1)
                .containsEntry("lastError", "HTTP_500");

        await().atMost(PATIENCE).untilAsserted(() -> {
            export();
            assertThat(statementRow(puid)).containsEntry("state", "SUBMITTED").containsEntry("attempts", 2)
                    .containsEntry("submitted", true).containsEntry("payloadType", "object")
                    .containsEntry("payloadPuid", puid);
        });
        export();
        assertThat(sent().get(puid)).hasSize(2);
        TestTokens.asAuditor().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void shouldReportABanWaitingForApprovalOnlyOnceItIsApproved() throws SQLException {
        EnforceResponse held = requestBan(newOrganization());
        String puid = puidOf(held);

        export();
        assertThat(sent()).doesNotContainKey(puid);
        approve(held);
        export();

        assertThat(sent().get(puid)).singleElement().satisfies(statement ->
                assertThat(statement.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_TERMINATED"));
        assertThat(statementRow(puid)).containsEntry("state", "SUBMITTED");
    }

    @Test
    void shouldNotSendADecisionRevertedBeforeItsStatementWasSent() throws SQLException {
        EnforceResponse enforced = ban(newOrganization());
        String puid = puidOf(enforced);
        stub(post(urlPathMatching(PATH)).atPriority(1).withRequestBody(containing(puid))
                .willReturn(aResponse().withStatus(503)));
        export().body("deferred", equalTo(1));

        actions.revert(RevertRequest.newBuilder().setActionId(enforced.getAction().getActionId())
                .setReason("appeal upheld").setActor("senior-reviewer-1").build());

        await().atMost(PATIENCE).untilAsserted(() -> {
            export();
            assertThat(statementRow(puid)).containsEntry("state", "WITHDRAWN");
        });
        assertThat(sent().get(puid)).hasSize(1);
    }

    @Test
    void shouldMarkAStatementTheDatabaseRefusesFailedAndOneItAlreadyHoldsSubmitted() throws SQLException {
        String refused = puidOf(ban(newOrganization()));
        stub(post(urlPathMatching(PATH)).atPriority(1).withRequestBody(containing(refused))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\": {\"statement_0\": {\"category\": [\"The selected category is invalid.\"]}}}")));
        export().body("failed", equalTo(1));
        assertThat(statementRow(refused)).containsEntry("state", "FAILED")
                .containsEntry("lastError", "category: The selected category is invalid.");

        String held = puidOf(ban(newOrganization()));
        stub(post(urlPathMatching(PATH)).atPriority(1).withRequestBody(containing(held))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"not unique\", \"errors\": {\"puid\": [\"not unique\"],"
                                + " \"existing_puids\": [\"" + held + "\"]}}")));
        export().body("submitted", equalTo(1));
        assertThat(statementRow(held)).containsEntry("state", "SUBMITTED");

        export().body("calls", equalTo(0));
        assertThat(sent().get(refused)).hasSize(1);
        assertThat(sent().get(held)).hasSize(1);
    }

    @Test
    void shouldBlockAnActionOfAnUnmappedCategoryInsteadOfGuessing() throws SQLException {
        UUID actionId = UUID.randomUUID();
        // A category of an older policy version that nobody mapped to a DSA category.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO enforcement_actions (id, idempotency_key,"
                        + " request_hash, subject_type, subject_id, action_type, category, origin, created_at)"
                        + " VALUES (?, ?, 'h', 'ACCOUNT', ?, 'BAN', 'legacy/unmapped', 'REVIEW', ?)")) {
            s.setObject(1, actionId);
            s.setString(2, "key-" + actionId);
            s.setString(3, "acct-" + actionId);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        String puid = "bulwark-" + actionId;

        export().body("blocked", equalTo(1)).body("calls", equalTo(0));

        assertThat(statementRow(puid)).containsEntry("state", "BLOCKED").containsEntry("payloadType", null);
        assertThat((String) statementRow(puid).get("lastError")).startsWith("CATEGORY_UNMAPPED")
                .contains("legacy/unmapped");
        assertThat(sent()).doesNotContainKey(puid);
        TestTokens.asAuditor().queryParam("state", "blocked").queryParam("limit", 100)
                .get("/api/v1/transparency/statements").then().statusCode(200)
                .body("items.puid", hasItem(puid));
    }

    @Test
    void shouldBuildABlockedStatementOnceItsCategoryIsMapped() throws SQLException {
        UUID actionId = UUID.randomUUID();
        String puid = "bulwark-" + actionId;
        Instant takenAt = Instant.now();
        // Blocked while harassment had no DSA category; the running configuration maps it.
        try (Connection c = dataSource.getConnection();
                PreparedStatement action = c.prepareStatement("INSERT INTO enforcement_actions (id, idempotency_key,"
                        + " request_hash, subject_type, subject_id, action_type, category, origin, created_at, expires_at)"
                        + " VALUES (?, ?, 'h', 'ACCOUNT', ?, 'SUSPEND', 'harassment', 'REVIEW', ?, ?)");
                PreparedStatement statement = c.prepareStatement("INSERT INTO transparency_statements (action_id, puid,"
                        + " category, state, next_attempt_at, last_error, created_at)"
                        + " VALUES (?, ?, 'harassment', 'BLOCKED', ?, 'CATEGORY_UNMAPPED: harassment', ?)")) {
            action.setObject(1, actionId);
            action.setString(2, "key-" + actionId);
            action.setString(3, "acct-" + actionId);
            action.setTimestamp(4, Timestamp.from(takenAt));
            action.setTimestamp(5, Timestamp.from(takenAt.plus(Duration.ofDays(7))));
            action.executeUpdate();
            statement.setObject(1, actionId);
            statement.setString(2, puid);
            statement.setTimestamp(3, Timestamp.from(takenAt));
            statement.setTimestamp(4, Timestamp.from(takenAt));
            statement.executeUpdate();
        }

        export().body("created", equalTo(1)).body("submitted", equalTo(1));

        assertThat(statementRow(puid)).containsEntry("state", "SUBMITTED").containsEntry("lastError", null);
        assertThat(sent().get(puid)).singleElement().satisfies(sent -> {
            assertThat(sent.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_SUSPENDED");
            assertThat(sent.getString("category")).isEqualTo("STATEMENT_CATEGORY_CYBER_VIOLENCE");
        });
    }

    @Test
    void shouldPageStatementsWithACursor() {
        Set<String> puids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            puids.add(puidOf(ban(newOrganization())));
        }
        export().body("submitted", equalTo(3));

        Set<String> listed = new HashSet<>();
        String after = null;
        do {
            RequestSpecification request = TestTokens.asAuditor().queryParam("state", "SUBMITTED").queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            ValidatableResponse page = request.get("/api/v1/transparency/statements").then().statusCode(200);
            List<String> items = page.extract().path("items.puid");
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            listed.addAll(items);
            assertThat(page.extract().<List<String>>path("items.state")).containsOnly("SUBMITTED");
            after = page.extract().path("next");
        } while (after != null);

        assertThat(listed).containsAll(puids);
    }

    @Test
    void shouldRefuseCallersWithoutTheRoleAndBadFilters() {
        RestAssured.given().get("/api/v1/transparency/statements").then().statusCode(401);
        TestTokens.as(TestTokens.person("rita", List.of("reviewer"))).get("/api/v1/transparency/statements")
                .then().statusCode(403);
        TestTokens.asAuditor().post("/api/v1/transparency/export").then().statusCode(403);
        TestTokens.as(TestTokens.person("rita", List.of("reviewer"))).post("/api/v1/transparency/export")
                .then().statusCode(403);

        TestTokens.asAuditor().queryParam("state", "SENT").get("/api/v1/transparency/statements").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("state"));
        TestTokens.asAuditor().queryParam("limit", 0).get("/api/v1/transparency/statements").then()
                .statusCode(400).body("violations.field", hasItem("limit"));
        TestTokens.asAuditor().queryParam("after", "not-a-cursor").get("/api/v1/transparency/statements").then()
                .statusCode(400).body("violations.field", hasItem("after"));
    }
}
