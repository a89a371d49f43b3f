package dev.bulwark.action.identity;

import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.bulwark.action.ActionRows;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.OnVertxContext;
import dev.bulwark.action.expiry.application.ExpirySweeper;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class IdentityEffectsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @Inject
    RecordingIdentityProvider provider;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExpirySweeper sweeper;

    @Inject
    Vertx vertx;

    /** One row of identity_effects as the tests read it. */
    record Row(String effect, String cause, int attempts, boolean done, String outcome, String lastError) {}

    private EnforceResponse reviewerChooses(Subject subject, ActionType type) {
        return actions.enforce(enforce(subject, "harassment").toBuilder()
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(type)
                .build());
    }

    private void revert(EnforceResponse enforced) {
        actions.revert(RevertRequest.newBuilder()
                .setActionId(enforced.getAction().getActionId())
                .setReason("appeal upheld")
                .setActor("senior-reviewer-1")
                .build());
    }

    private List<Row> effectsOf(String accountId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT effect, cause, attempts, done_at IS NOT NULL,"
                        + " outcome, last_error FROM identity_effects WHERE account_id = ? ORDER BY created_at, effect")) {
            s.setString(1, accountId);
            ResultSet rs = s.executeQuery();
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                        rs.getString(6)));
            }
            return rows;
        }
    }

    private Row effect(String accountId, String cause) throws SQLException {
        return effectsOf(accountId).stream().filter(r -> r.cause().equals(cause)).findFirst().orElseThrow();
    }

    private void awaitDone(String accountId, String cause) {
        await().atMost(PATIENCE).until(() -> effect(accountId, cause).done());
    }

    private static void assertChainVerifies() {
        asAuditor().get("/api/v1/audit/verify").then().statusCode(200).body(containsString("\"valid\":true"));
    }

    @Test
    void shouldDisableASuspendedAccountAndAuditIt() throws SQLException {
        Subject account = newAccount();

        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        awaitDone(account.getId(), "ENFORCED");

        assertThat(provider.appliedTo(account.getId())).containsExactly(IdentityEffectType.DISABLE);
        assertThat(effectsOf(account.getId())).containsExactly(
                new Row("DISABLE", "ENFORCED", 1, true, "APPLIED", null));
        assertThat(ActionRows.auditTypesOf(dataSource, suspended.getAction().getActionId()))
                .containsExactly("ENFORCED", "IDENTITY_DISABLED");
        assertChainVerifies();
    }

    @Test
    void shouldLeaveASuspendedOrganisationAlone() throws SQLException {
        Subject organisation = Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ORGANIZATION)
                .setId("org-" + UUID.randomUUID()).build();

        EnforceResponse suspended = reviewerChooses(organisation, ActionType.ACTION_TYPE_SUSPEND);

        assertThat(suspended.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_SUSPENDED);
        assertThat(effectsOf(organisation.getId())).isEmpty();
        assertThat(provider.callsFor(organisation.getId())).isEmpty();
    }

    @Test
    void shouldLeaveTheUserAloneForAWarning() throws SQLException {
        Subject account = newAccount();

        actions.enforce(enforce(account, "harassment"));

        assertThat(effectsOf(account.getId())).isEmpty();
    }

    @Test
    void shouldEnableTheAccountWhenItsSuspensionIsReverted() throws SQLException {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        awaitDone(account.getId(), "ENFORCED");

        revert(suspended);
        awaitDone(account.getId(), "REVERTED");

        assertThat(provider.appliedTo(account.getId()))
                .containsExactly(IdentityEffectType.DISABLE, IdentityEffectType.ENABLE);
        assertThat(ActionRows.auditTypesOf(dataSource, suspended.getAction().getActionId()))
                .containsExactly("ENFORCED", "IDENTITY_DISABLED", "REVERTED", "IDENTITY_ENABLED");
        assertChainVerifies();
    }

    @Test
    void shouldKeepTheAccountDisabledWhenASuspensionIsRevertedWhileABanStands() throws SQLException {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        reviewerChooses(account, ActionType.ACTION_TYPE_BAN);
        await().atMost(PATIENCE).until(() -> provider.appliedTo(account.getId()).size() == 2);

        revert(suspended);

        assertThat(effectsOf(account.getId())).extracting(Row::cause).doesNotContain("REVERTED");
        assertThat(provider.appliedTo(account.getId()))
                .containsExactly(IdentityEffectType.DISABLE, IdentityEffectType.DISABLE);
    }

    @Test
    void shouldRetryAFailingProviderUntilItSucceeds() throws SQLException {
        Subject account = newAccount();
        provider.failNext(account.getId(), 3);

        EnforceResponse banned = reviewerChooses(account, ActionType.ACTION_TYPE_BAN);

        assertThat(banned.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
        awaitDone(account.getId(), "ENFORCED");
        assertThat(effect(account.getId(), "ENFORCED"))
                .isEqualTo(new Row("DISABLE", "ENFORCED", 4, true, "APPLIED", null));
        assertThat(provider.callsFor(account.getId())).extracting(RecordingIdentityProvider.Call::failed)
                .containsExactly(true, true, true, false);
        assertThat(ActionRows.auditTypesOf(dataSource, banned.getAction().getActionId())).containsExactly("ENFORCED", "IDENTITY_DISABLED");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("bulwark_actions_identity_effects_total{effect=\"DISABLE\",outcome=\"failed\"}"))
                .body(containsString("bulwark_actions_identity_effects_total{effect=\"DISABLE\",outcome=\"applied\"}"));
        assertChainVerifies();
    }

    @Test
    void shouldRecordAMissingUserAsDoneWithoutRetrying() throws SQLException {
        Subject account = newAccount();
        provider.forget(account.getId());

        EnforceResponse banned = reviewerChooses(account, ActionType.ACTION_TYPE_BAN);
        awaitDone(account.getId(), "ENFORCED");

        assertThat(effect(account.getId(), "ENFORCED"))
                .isEqualTo(new Row("DISABLE", "ENFORCED", 1, true, "USER_NOT_FOUND", "USER_NOT_FOUND"));
        assertThat(provider.callsFor(account.getId())).hasSize(1);
        assertThat(ActionRows.auditTypesOf(dataSource, banned.getAction().getActionId())).containsExactly("ENFORCED");
    }

    @Test
    void shouldEnableTheAccountWhenItsSuspensionRunsOut() throws Exception {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        awaitDone(account.getId(), "ENFORCED");

        // Seven days pass: the expiry sweep records the end and writes the enabling.
        endNow(suspended);
        OnVertxContext.await(vertx, sweeper::sweep);
        awaitDone(account.getId(), "EXPIRED");

        assertThat(effect(account.getId(), "EXPIRED").outcome()).isEqualTo("APPLIED");
        assertThat(provider.appliedTo(account.getId()))
                .containsExactly(IdentityEffectType.DISABLE, IdentityEffectType.ENABLE);
    }

    @Test
    void shouldNotEnableAgainAtExpiryWhenTheSuspensionWasRevertedBefore() throws Exception {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        awaitDone(account.getId(), "ENFORCED");
        revert(suspended);
        awaitDone(account.getId(), "REVERTED");

        endNow(suspended);
        OnVertxContext.await(vertx, sweeper::sweep);

        assertThat(effectsOf(account.getId())).extracting(Row::cause).containsExactly("ENFORCED", "REVERTED");
        assertThat(ActionRows.auditTypesOf(dataSource, suspended.getAction().getActionId())).doesNotContain("EXPIRED");
        assertThat(provider.appliedTo(account.getId()))
                .containsExactly(IdentityEffectType.DISABLE, IdentityEffectType.ENABLE);
    }

    /** Moves an action's end to just past, as if its time had gone by. */
    private void endNow(EnforceResponse enforced) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ends = c.prepareStatement(
                        "UPDATE enforcement_actions SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            ends.setObject(1, UUID.fromString(enforced.getAction().getActionId()));
            assertThat(ends.executeUpdate()).isEqualTo(1);
        }
    }
}
