package dev.bulwark.action.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.rpc.BadRequest;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.notification.application.WebhookRelaySchedule;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Subject;
import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
@WithTestResource(value = WebhookReceiverResource.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Longer than a few relay runs (every second in tests) and the largest backoff. */
    private static final Duration QUIET = Duration.ofMillis(2500);

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookRelaySchedule schedule;

    @Inject
    MeterRegistry meters;

    @WebhookReceiver
    WireMockServer receiver;

    /** One row of notification_outbox as the tests read it. */
    record Delivery(String eventType, String status, int attempts, String lastError, boolean deliveredAt) {}

    private EnforceResponse enforceFor(String tenant, Subject subject) {
        return actions.enforce(forTenant(tenant, subject));
    }

    private static EnforceRequest forTenant(String tenant, Subject subject) {
        return enforce(subject, "harassment").toBuilder().setTenant(tenant).build();
    }

    private void answer(String tenant, int status) {
        receiver.stubFor(post(urlEqualTo(WebhookReceiverResource.pathOf(tenant))).willReturn(aResponse().withStatus(status)));
    }

    /** What the tenant's receiver got about the subject, oldest first. */
    private List<LoggedRequest> received(String tenant, Subject subject) {
        return receiver.findAll(postRequestedFor(urlEqualTo(WebhookReceiverResource.pathOf(tenant)))
                .withRequestBody(containing(subject.getId())));
    }

    private List<Delivery> deliveriesOf(String actionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT event_type, status, attempts, last_error,"
                        + " delivered_at IS NOT NULL FROM notification_outbox WHERE action_id = ? ORDER BY created_at")) {
            s.setObject(1, UUID.fromString(actionId));
            ResultSet rs = s.executeQuery();
            List<Delivery> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Delivery(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5)));
            }
            return rows;
        }
    }

    private String storedTenantOf(String actionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT tenant FROM enforcement_actions WHERE id = ?")) {
            s.setObject(1, UUID.fromString(actionId));
            ResultSet rs = s.executeQuery();
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** As a receiver checks it: HMAC-SHA256 over timestamp, dot and body, under its secret. */
    private static void assertSigned(LoggedRequest request, String tenant) throws Exception {
        String timestamp = request.getHeader("Bulwark-Webhook-Timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WebhookReceiverResource.secretOf(tenant).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8)));

        assertThat(request.getHeader("Bulwark-Webhook-Signature")).isEqualTo(expected);
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void shouldPostOneSignedWebhookWithTheNoticeWhenActing() throws Exception {
        answer("acme", 200);
        Subject account = newAccount();

        EnforceResponse enforced = actions.enforce(forTenant("acme", account).toBuilder().setLanguage("de").build());
        String actionId = enforced.getAction().getActionId();

        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).get(0).deliveredAt());
        List<LoggedRequest> posts = received("acme", account);
        assertThat(posts).hasSize(1);
        LoggedRequest post = posts.get(0);
        assertSigned(post, "acme");
        JsonObject body = new JsonObject(post.getBodyAsString());
        assertThat(post.getHeader("Bulwark-Webhook-Id")).isEqualTo(body.getString("id"));
        assertThat(body.getString("type")).isEqualTo("action.enforced");
        assertThat(body.getString("tenant")).isEqualTo("acme");
        assertThat(body.getJsonObject("action").getString("id")).isEqualTo(actionId);
        assertThat(body.getJsonObject("action").getString("type")).isEqualTo("WARN");
        assertThat(body.getJsonObject("action").getString("category")).isEqualTo("harassment");
        assertThat(body.getJsonObject("action").getString("policy_version")).isEqualTo("2026-11-26.1");
        assertThat(body.getJsonObject("action").getJsonObject("subject").getString("id")).isEqualTo(account.getId());
        assertThat(body.getJsonObject("notice").getString("language")).isEqualTo("de");
        assertThat(body.getJsonObject("notice").getString("text"))
                .startsWith("Verwarnung").contains("Insults, bullying and targeted abuse of a person.");
        assertThat(deliveriesOf(actionId)).containsExactly(new Delivery("ENFORCED", "DELIVERED", 1, null, true));
        assertThat(storedTenantOf(actionId)).isEqualTo("acme");

        Thread.sleep(QUIET.toMillis());
        assertThat(received("acme", account)).hasSize(1);
    }

    @Test
    void shouldRetryUntilTheReceiverAcceptsAndThenNeverAgain() throws Exception {
        String path = WebhookReceiverResource.pathOf("flaky");
        receiver.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(200)));
        Subject account = newAccount();

        String actionId = enforceFor("flaky", account).getAction().getActionId();

        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).get(0).deliveredAt());
        assertThat(deliveriesOf(actionId)).containsExactly(new Delivery("ENFORCED", "DELIVERED", 3, null, true));
        List<LoggedRequest> posts = received("flaky", account);
        assertThat(posts).hasSize(3);
        // Every attempt is the same delivery: one id and one body, so the receiver can dedupe.
        assertThat(posts).extracting(p -> p.getHeader("Bulwark-Webhook-Id")).containsOnly(posts.get(0).getHeader("Bulwark-Webhook-Id"));
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsOnly(posts.get(0).getBodyAsString());
        for (LoggedRequest post : posts) {
            assertSigned(post, "flaky");
        }

        Thread.sleep(QUIET.toMillis());
        assertThat(received("flaky", account)).hasSize(3);
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() throws Throwable {
        answer("broken", 503);
        Subject account = newAccount();
        double deadBefore = outboxGauge("dead");

        String actionId = enforceFor("broken", account).getAction().getActionId();

        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).get(0).status().equals("DEAD"));
        assertThat(deliveriesOf(actionId)).containsExactly(new Delivery("ENFORCED", "DEAD", 3, "HTTP_503", false));
        Thread.sleep(QUIET.toMillis());
        assertThat(received("broken", account)).hasSize(3);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("bulwark_actions_webhooks_total{event=\"action.enforced\",result=\"dead\",tenant=\"broken\"}"))
                .body(containsString("bulwark_actions_webhooks_outbox_lag_seconds"));
        assertThat(outboxGauge("dead")).isGreaterThanOrEqualTo(deadBefore + 1);
    }

    @Test
    void shouldGaugeTheOldestPendingDelivery() throws Throwable {
        String actionId = enforceFor("nobody-listens", newAccount()).getAction().getActionId();
        UUID waiting = UUID.randomUUID();
        // Written ten minutes ago and not due for an hour: the relay leaves it alone while the gauges see it.
        execute("INSERT INTO notification_outbox (id, action_id, tenant, event_type, payload, status, next_attempt_at, created_at)"
                + " VALUES (?, ?, 'nobody-listens', 'REVERTED', '{}', 'PENDING', now() + interval '1 hour',"
                + " now() - interval '10 minutes')", waiting, UUID.fromString(actionId));
        try {
            assertThat(outboxGauge("pending")).isGreaterThanOrEqualTo(1);
            assertThat(outboxGauge("lag")).isGreaterThanOrEqualTo(600);
        } finally {
            execute("DELETE FROM notification_outbox WHERE id = ?", waiting);
        }
    }

    /** The webhook outbox gauge {@code what}, refreshed as its schedule would. */
    private double outboxGauge(String what) throws Throwable {
        VertxContextSupport.subscribeAndAwait(schedule::refreshGauges);
        return meters.get("bulwark.actions.webhooks.outbox." + what).gauge().value();
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void shouldNotRetryWhatTheReceiverRefuses() throws Exception {
        answer("rejecting", 400);
        Subject account = newAccount();

        String actionId = enforceFor("rejecting", account).getAction().getActionId();

        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).get(0).status().equals("DEAD"));
        assertThat(deliveriesOf(actionId)).containsExactly(new Delivery("ENFORCED", "DEAD", 1, "HTTP_400", false));
        Thread.sleep(QUIET.toMillis());
        assertThat(received("rejecting", account)).hasSize(1);
    }

    @Test
    void shouldAnnounceAReversalToTheTenantOfTheAction() throws Exception {
        answer("acme", 200);
        Subject account = newAccount();
        EnforceResponse enforced = actions.enforce(forTenant("acme", account).toBuilder()
                .setRequestedType(ActionType.ACTION_TYPE_SUSPEND)
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .build());
        String actionId = enforced.getAction().getActionId();

        actions.revert(RevertRequest.newBuilder().setActionId(actionId).setReason("appeal upheld")
                .setActor("senior-reviewer-1").build());

        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).stream().allMatch(Delivery::deliveredAt)
                && deliveriesOf(actionId).size() == 2);
        assertThat(deliveriesOf(actionId)).extracting(Delivery::eventType).containsExactly("ENFORCED", "REVERTED");
        List<LoggedRequest> posts = received("acme", account);
        assertThat(posts).extracting(p -> new JsonObject(p.getBodyAsString()).getString("type"))
                .containsExactlyInAnyOrder("action.enforced", "action.reverted");
        LoggedRequest reversal = posts.stream()
                .filter(p -> p.getBodyAsString().contains("action.reverted")).findFirst().orElseThrow();
        assertSigned(reversal, "acme");
        JsonObject body = new JsonObject(reversal.getBodyAsString());
        assertThat(body.getJsonObject("action").getString("reverted_at")).isNotNull();
        assertThat(body.getJsonObject("notice").getString("text")).startsWith("An earlier action on your account was lifted");
    }

    @Test
    void shouldWriteNoSecondDeliveryForAReplay() throws Exception {
        answer("acme", 200);
        Subject account = newAccount();
        EnforceRequest request = forTenant("acme", account);

        String actionId = actions.enforce(request).getAction().getActionId();
        EnforceResponse replay = actions.enforce(request);

        assertThat(replay.getReplayed()).isTrue();
        await().atMost(PATIENCE).until(() -> deliveriesOf(actionId).get(0).deliveredAt());
        Thread.sleep(QUIET.toMillis());
        assertThat(deliveriesOf(actionId)).hasSize(1);
        assertThat(received("acme", account)).hasSize(1);
    }

    @Test
    void shouldSendNothingWithoutAConfiguredTenant() throws Exception {
        String unknown = actions.enforce(forTenant("nobody-configured-this", newAccount())).getAction().getActionId();
        String none = actions.enforce(enforce(newAccount(), "harassment")).getAction().getActionId();

        assertThat(deliveriesOf(unknown)).isEmpty();
        assertThat(deliveriesOf(none)).isEmpty();
        assertThat(storedTenantOf(unknown)).isEqualTo("nobody-configured-this");
        assertThat(storedTenantOf(none)).isNull();
    }

    @Test
    void shouldRefuseATenantTooLongToBeOne() throws Exception {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> actions.enforce(forTenant("t".repeat(257), newAccount())));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusProto.fromThrowable(e).getDetails(0).unpack(BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField).containsExactly("tenant");
    }

    @Test
    void shouldWriteTheNoticeInEnglishWhenTheLanguageIsNoTag() {
        answer("acme", 200);
        Subject account = newAccount();

        actions.enforce(forTenant("acme", account).toBuilder().setLanguage("not a language").build());

        await().atMost(PATIENCE).until(() -> received("acme", account).size() == 1);
        JsonObject notice = new JsonObject(received("acme", account).get(0).getBodyAsString()).getJsonObject("notice");
        assertThat(notice.getString("language")).isEqualTo("en");
        assertThat(notice.getString("text")).startsWith("Warning: your account broke our community rules.");
    }
}
