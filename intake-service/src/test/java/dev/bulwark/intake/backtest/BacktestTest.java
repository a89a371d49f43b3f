package dev.bulwark.intake.backtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A backtest of the test variant policy (chat spam at REVIEW 0.40 and BLOCK 0.70 instead of 0.60 and
 * 0.90) over stored chat submissions whose spam scores run evenly from 0.00 to 0.99: of every hundred,
 * the twenty at 0.40–0.59 move from ALLOW to REVIEW and the twenty at 0.70–0.89 from REVIEW to BLOCK.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class BacktestTest {

    private static final String VARIANT = "2026-11-01.1-backtest";
    private static final int IN_WINDOW = 3_000;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification as(String user, String... roles) {
        String token = OidcTestTokens.person(user, "intake-service", List.of(roles)).sign();
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void shouldCountEveryDecisionTheVariantWouldChangeByCategoryAndOutcome() throws Exception {
        Instant from = Instant.parse("2020-03-01T00:00:00Z").plus(UUID.randomUUID().getLeastSignificantBits() & 0xFFFF, ChronoUnit.DAYS);
        Instant to = from.plus(Duration.ofHours(1));
        storeSubmissions(from, to);

        String location = as("paula", "policy-admin")
                .body(Map.of("version", VARIANT, "from", from.toString(), "to", to.toString()))
                .post("/v1/backtests").then().statusCode(202)
                .body("status", equalTo("RUNNING")).body("total", equalTo(IN_WINDOW + 100))
                .extract().header("Location");

        JsonPath done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("paula", "policy-admin").get(location).then().statusCode(200).extract().jsonPath(),
                        job -> !"RUNNING".equals(job.getString("status")));

        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getLong("processed")).isEqualTo(IN_WINDOW + 100);
        assertThat(done.getLong("results.compared")).isEqualTo(IN_WINDOW);
        assertThat(done.getLong("results.skipped")).as("fallback decisions have no scores").isEqualTo(100);
        assertThat(done.getLong("results.changed")).isEqualTo(IN_WINDOW * 40 / 100);
        List<Map<String, Object>> pairs = done.getList("results.pairs");
        assertThat(pairs).extracting(p -> p.get("category") + " " + p.get("from") + "->" + p.get("to") + " " + p.get("count"))
                .containsExactlyInAnyOrder("spam ALLOW->REVIEW 600", "spam REVIEW->BLOCK 600");
        assertThat(pairs).allSatisfy(p -> assertThat((List<?>) p.get("exampleSubmissionIds")).hasSize(5));
    }

    @Test
    void shouldRefuseAnUnknownVersionAndCallersWithoutThePolicyAdminRole() {
        as("paula", "policy-admin").body(Map.of("version", "1999-01-01.1", "from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z"))
                .post("/v1/backtests").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("version"));
        as("paula", "policy-admin").body(Map.of("version", VARIANT, "from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"))
                .post("/v1/backtests").then().statusCode(400).body("violations[0].field", equalTo("to"));
        as("rita", "reviewer").body(Map.of("version", VARIANT, "from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z"))
                .post("/v1/backtests").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/v1/backtests").then().statusCode(401);
    }

    /** 3,000 scored chat submissions and 100 fallbacks in the window, 200 scored ones just outside it. */
    private void storeSubmissions(Instant from, Instant to) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < IN_WINDOW; i++) {
                add(insert, from.plusMillis(i), i % 100 / 100.0, false);
            }
            for (int i = 0; i < 100; i++) {
                add(insert, from.plusMillis(IN_WINDOW + i), 0.5, true);
            }
            for (int i = 0; i < 100; i++) {
                add(insert, from.minusMillis(i + 1), 0.5, false);
                add(insert, to.plusMillis(i), 0.5, false);
            }
            insert.executeBatch();
        }
    }

    private static final String INSERT = "INSERT INTO submissions (id, tenant, idempotency_key, fingerprint, surface, author_type, "
            + "author_id, images, verdict, judgement, policy_version, fallback, action_ids, received_at) "
            + "VALUES (?, 'backtest-tenant', ?, 'f', 'chat', 'ACCOUNT', 'acct', '{\"images\": []}'::jsonb, ?, ?::jsonb, "
            + "'2026-11-26.1', ?, '{}', ?)";

    /** A submission decided under the repository's chat spam thresholds (REVIEW 0.60, BLOCK 0.90). */
    private static void add(PreparedStatement insert, Instant at, double spam, boolean fallback) throws Exception {
        String verdict = fallback ? "REVIEW" : spam >= 0.90 ? "BLOCK" : spam >= 0.60 ? "REVIEW" : "ALLOW";
        String reasons = fallback || verdict.equals("ALLOW") ? "[]" : String.format(Locale.ROOT,
                "[{\"category\":\"spam\",\"verdict\":\"%s\",\"score\":%.2f,\"threshold\":%.2f,\"autoEnforce\":%b}]",
                verdict, spam, verdict.equals("BLOCK") ? 0.90 : 0.60, verdict.equals("BLOCK"));
        String scores = fallback ? "[]" : String.format(Locale.ROOT,
                "[{\"category\":\"spam\",\"confidence\":%.2f,\"severity\":\"LOW\"},{\"category\":\"hate\",\"confidence\":0.01,\"severity\":\"HIGH\"}]", spam);
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setString(3, verdict);
        insert.setString(4, "{\"scores\":" + scores + ",\"reasons\":" + reasons + "}");
        insert.setBoolean(5, fallback);
        insert.setTimestamp(6, Timestamp.from(at));
        insert.addBatch();
    }
}
