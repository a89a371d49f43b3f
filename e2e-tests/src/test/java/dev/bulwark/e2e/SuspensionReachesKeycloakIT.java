package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.claimCase;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.DecisionRequest;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.TokenClient.LoginAttempt;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.RevertResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's ban, once a second person approved it, reaches the real Keycloak: the banned end user
 * can no longer log in, others still can, and reverting the ban lets them in again.
 */
@EndToEnd
class SuspensionReachesKeycloakIT {

    private static final String ALICE = "user-alice";
    private static final String BOB = "user-bob";
    private static final String QUEUE = "abuse";
    private static final String APPROVER = "paula";

    private final BulwarkClients clients;
    private final RunningStack stack;

    SuspensionReachesKeycloakIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldLockABannedUserOutOfKeycloakUntilTheBanIsReverted() {
        assertThat(stack.login(ALICE).succeeded()).as("user-alice logs in before the ban").isTrue();
        Subject alice = Requests.account(ALICE);

        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("ban"), alice, CanonicalTexts.REVIEW_HARASSMENT));
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        String caseId = submitted.getCaseId();
        assertThat(caseId).isNotBlank();
        assertThat(claimCase(clients.cases(), QUEUE, caseId)).hasValueSatisfying(claimed -> assertThat(claimed.id()).isEqualTo(caseId));

        DecisionResult decided = clients.cases().decide(caseId,
                new DecisionRequest("VIOLATING", "harassment", "BAN", "ban after repeated insults"));
        assertThat(decided.status()).isEqualTo("CLOSED");
        assertThat(decided.actionIds()).hasSize(1);
        assertThat(decided.standing().state()).as("a ban waits for a second person").isNotEqualTo("BANNED");
        String banId = decided.actionIds().get(0);
        assertThat(stack.login(ALICE).succeeded()).as("user-alice still logs in while the ban waits").isTrue();

        // A policy admin other than the reviewer who asked for the ban approves it.
        RestAssured.given()
                .baseUri("http://localhost:" + stack.services().port(BulwarkService.ACTION))
                .auth().oauth2(stack.userAccessToken(APPROVER))
                .contentType(ContentType.JSON)
                .body(Map.of("note", "repeated insults confirmed"))
                .post("/api/v1/approvals/" + banId + "/approve")
                .then().statusCode(200).body("status", equalTo("IN_FORCE")).body("standing", equalTo("BANNED"));

        slowly().untilAsserted(() -> assertThat(stack.login(ALICE)).satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(400);
            assertThat(attempt.error()).isEqualTo("invalid_grant");
            assertThat(attempt.errorDescription()).isEqualToIgnoringCase("Account disabled");
        }));
        assertThat(stack.login(BOB).succeeded()).as("user-bob is not banned and still logs in").isTrue();

        RevertResponse reverted = clients.action().revert(RevertRequest.newBuilder()
                .setActionId(banId).setReason("appeal upheld").setActor(Fixtures.REVIEWER).build());
        assertThat(reverted.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_BAN);
        assertThat(reverted.getAction().getReverted()).isTrue();
        assertThat(reverted.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);

        slowly().untilAsserted(() -> assertThat(stack.login(ALICE).succeeded()).as("user-alice logs in after the revert").isTrue());
        assertThat(clients.action().getStanding(GetStandingRequest.newBuilder().setSubject(alice).build())
                .getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
    }

    /**
     * Logins spaced by more than Keycloak's quick-login check (one second), also from one wait to the
     * next, so failed attempts of a disabled user can never trip the realm's brute-force lockout.
     */
    private static ConditionFactory slowly() {
        Duration spacing = Duration.ofMillis(1500);
        return await().atMost(Duration.ofSeconds(20)).pollDelay(spacing).pollInterval(spacing);
    }
}
