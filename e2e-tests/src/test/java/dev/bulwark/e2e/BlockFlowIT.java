package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content the policy blocks and auto-enforces is acted on at once, without a reviewer. */
@EndToEnd
class BlockFlowIT {

    private final BulwarkClients clients;

    BlockFlowIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @ParameterizedTest
    @ValueSource(strings = {CanonicalTexts.BLOCK_THREAT, CanonicalTexts.BLOCK_SPAM})
    void shouldEnforceAutomaticallyWhenContentIsBlocked(String text) {
        Subject author = freshAccount("block");

        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("block"), author, text));

        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        assertThat(submitted.getActionIdsList()).isNotEmpty();
        GetStandingResponse standing = clients.action().getStanding(GetStandingRequest.newBuilder().setSubject(author).build());
        assertThat(standing.getActionsList()).extracting(Action::getActionId).containsAll(submitted.getActionIdsList());
        assertThat(standing.getActionsList()).allSatisfy(action -> assertThat(action.getSubject().getId()).isEqualTo(author.getId()));
        assertThat(standing.getStanding().getState()).isNotIn(StandingState.STANDING_STATE_GOOD, StandingState.STANDING_STATE_UNSPECIFIED);
        assertThat(standing.getStanding().getActiveStrikes()).isPositive();
    }
}
