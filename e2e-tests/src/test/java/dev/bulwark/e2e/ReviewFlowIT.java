package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.casesAbout;
import static dev.bulwark.e2e.Fixtures.caseService;
import static dev.bulwark.e2e.Fixtures.claimCase;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A harassing message goes to review, a reviewer confirms it, and its author is warned. */
@EndToEnd
class ReviewFlowIT {

    private static final String QUEUE = "abuse";

    private final BulwarkClients clients;

    ReviewFlowIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @Test
    void shouldWarnTheAuthorWhenAReviewerFindsHarassment() {
        Subject author = freshAccount("review");
        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("review"), author, CanonicalTexts.REVIEW_HARASSMENT));
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(submitted.getCaseId()).isNotBlank();
        String caseId = submitted.getCaseId();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(casesAbout(clients.cases(), QUEUE, author.getId()))
                .singleElement()
                .satisfies(listed -> {
                    assertThat(listed.id()).isEqualTo(caseId);
                    assertThat(listed.status()).isEqualTo("OPEN");
                    assertThat(listed.category()).isEqualTo("harassment");
                }));

        assertThat(claimCase(clients.cases(), QUEUE, caseId)).hasValueSatisfying(claimed -> assertThat(claimed.id()).isEqualTo(caseId));

        List<String> actionIds = caseService(clients)
                .body("{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"insult\"}")
                .post("/api/v1/cases/{id}/decision", caseId)
                .then()
                .statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("VIOLATING"))
                .body("actionIds", hasSize(1))
                .extract().jsonPath().getList("actionIds", String.class);

        GetStandingResponse standing = clients.action().getStanding(GetStandingRequest.newBuilder().setSubject(author).build());
        assertThat(standing.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
        assertThat(standing.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(standing.getActionsList()).extracting(Action::getActionId).containsExactlyElementsOf(actionIds);
        Action warning = standing.getActions(0);
        assertThat(warning.getPolicyVersion()).as("the case's policy version").isEqualTo(submitted.getPolicyVersion());
        assertThat(warning.getModelVersionsList()).isNotEmpty();
        assertThat(warning.getSignalIdsList()).as("the classifier's harassment signals").isNotEmpty();

        caseService(clients)
                .get("/api/v1/cases/{id}", caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("events.type", hasItems("CLAIMED", "DECIDED"))
                .body("decision.policyVersion", equalTo(submitted.getPolicyVersion()))
                .body("items[0].category", equalTo("harassment"))
                .body("items[0].policyVersion", equalTo(submitted.getPolicyVersion()))
                .body("items[0].explanation.reasons.category", hasItem("harassment"))
                .body("items[0].explanation.signals.category", hasItem("harassment"))
                .body("items[0].explanation.signals.evidence.flatten()", not(empty()));
    }
}
