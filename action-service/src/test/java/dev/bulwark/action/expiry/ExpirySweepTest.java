package dev.bulwark.action.expiry;

import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.bulwark.action.ActionRows;
import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.OnVertxContext;
import dev.bulwark.action.expiry.application.ExpirySweeper;
import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.identity.RecordingIdentityProvider;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionStatus;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
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
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class ExpirySweepTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @Inject
    ExpirySweeper sweeper;

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecordingIdentityProvider provider;

    private EnforceResponse reviewerChooses(Subject subject, ActionType type) {
        return actions.enforce(enforce(subject, "harassment").toBuilder()
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(type)
                .build());
    }

    /** The service is "down" while the action's end passes: its end is moved into the past. */
    private void endedWhileDown(EnforceResponse enforced, Duration ago) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE enforcement_actions SET expires_at = now() - ?::interval WHERE id = ?")) {
            s.setString(1, ago.toSeconds() + " seconds");
            s.setObject(2, UUID.fromString(enforced.getAction().getActionId()));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private boolean expired(String actionId) throws SQLException {
        return !ActionRows.column(dataSource, "SELECT id FROM enforcement_actions WHERE id = ? AND expired_at IS NOT NULL", actionId)
                .isEmpty();
    }

    /** One sweep as the schedule would run it; the scheduled one may get there first, so the tests wait for the result. */
    private void sweep(String actionId) throws Exception {
        OnVertxContext.await(vertx, sweeper::sweep);
        await().atMost(PATIENCE).until(() -> expired(actionId));
    }

    private GetStandingResponse standingOf(Subject subject) {
        return actions.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build());
    }

    @Test
    void shouldExpireASuspensionThatEndedWhileTheServiceWasDownAndEnableTheUser() throws Exception {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        String id = suspended.getAction().getActionId();
        await().atMost(PATIENCE).until(() -> ActionRows.identityEffectsOf(dataSource, id).equals(List.of("DISABLE/ENFORCED/APPLIED")));

        endedWhileDown(suspended, Duration.ofDays(2));
        sweep(id);
        await().atMost(PATIENCE).until(() -> provider.appliedTo(account.getId()).size() == 2);

        assertThat(provider.appliedTo(account.getId()))
                .containsExactly(IdentityEffectType.DISABLE, IdentityEffectType.ENABLE);
        assertThat(ActionRows.identityEffectsOf(dataSource, id)).containsExactly("DISABLE/ENFORCED/APPLIED", "ENABLE/EXPIRED/APPLIED");
        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("ENFORCED", "IDENTITY_DISABLED", "EXPIRED", "IDENTITY_ENABLED");
        GetStandingResponse standing = standingOf(account);
        assertThat(standing.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
        assertThat(standing.getStanding().getActiveStrikes()).as("the strike outlives the suspension").isEqualTo(1);
        assertThat(standing.getActions(0).getStatus()).isEqualTo(ActionStatus.ACTION_STATUS_EXPIRED);
        asAuditor().get("/api/v1/audit/verify").then().statusCode(200).body(containsString("\"valid\":true"));
    }

    @Test
    void shouldExpireOnlyOnce() throws Exception {
        EnforceResponse restricted = reviewerChooses(newAccount(), ActionType.ACTION_TYPE_RESTRICT);
        String id = restricted.getAction().getActionId();
        endedWhileDown(restricted, Duration.ofSeconds(1));
        sweep(id);

        OnVertxContext.await(vertx, sweeper::sweep);

        assertThat(ActionRows.auditTypesOf(dataSource, id)).containsExactly("ENFORCED", "EXPIRED");
        assertThat(ActionRows.identityEffectsOf(dataSource, id)).as("a restriction never locked the user out").isEmpty();
    }

    @Test
    void shouldKeepTheUserDisabledWhenABanOutlastsTheSuspension() throws Exception {
        Subject account = newAccount();
        EnforceResponse suspended = reviewerChooses(account, ActionType.ACTION_TYPE_SUSPEND);
        reviewerChooses(account, ActionType.ACTION_TYPE_BAN);
        String id = suspended.getAction().getActionId();

        endedWhileDown(suspended, Duration.ofSeconds(1));
        sweep(id);

        assertThat(ActionRows.auditTypesOf(dataSource, id)).contains("EXPIRED");
        assertThat(ActionRows.identityEffectsOf(dataSource, id)).noneMatch(effect -> effect.startsWith("ENABLE"));
        assertThat(standingOf(account).getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_BANNED);
    }

    @Test
    void shouldLeaveAnActionAloneBeforeItsEnd() throws Exception {
        EnforceResponse suspended = reviewerChooses(newAccount(), ActionType.ACTION_TYPE_SUSPEND);
        String id = suspended.getAction().getActionId();

        OnVertxContext.await(vertx, sweeper::sweep);

        assertThat(expired(id)).isFalse();
        assertThat(ActionRows.auditTypesOf(dataSource, id)).doesNotContain("EXPIRED");
    }
}
