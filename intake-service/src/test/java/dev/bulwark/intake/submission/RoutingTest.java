package dev.bulwark.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.classification.Classification.Reason;
import dev.bulwark.intake.classification.FailureFallback;
import dev.bulwark.policy.FailureMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {

    @Test
    void shouldRouteNothingForAllow() {
        Routing routing = Routing.of(judged(Verdict.ALLOW));

        assertThat(routing.openCase()).isFalse();
        assertThat(routing.enforceCategory()).isEmpty();
    }

    @Test
    void shouldOpenACaseInTheLeadingCategoryForReview() {
        Routing routing = Routing.of(judged(Verdict.REVIEW, new Reason("harassment", Verdict.REVIEW, 0.6, 0.5, true)));

        assertThat(routing.openCase()).isTrue();
        assertThat(routing.caseCategory()).contains("harassment");
        assertThat(routing.enforceCategory()).isEmpty();
    }

    @Test
    void shouldEnforceAutomaticallyWhenTheBlockingCategoryAllowsIt() {
        Routing routing = Routing.of(judged(Verdict.BLOCK,
                new Reason("violence", Verdict.BLOCK, 0.95, 0.85, true),
                new Reason("harassment", Verdict.REVIEW, 0.6, 0.5, true)));

        assertThat(routing.enforceCategory()).contains("violence");
        assertThat(routing.openCase()).isFalse();
    }

    @Test
    void shouldSendABlockWithoutAutoEnforcementToAPerson() {
        Routing routing = Routing.of(judged(Verdict.BLOCK, new Reason("pii", Verdict.BLOCK, 0.97, 0.95, false)));

        assertThat(routing.enforceCategory()).isEmpty();
        assertThat(routing.openCase()).isTrue();
        assertThat(routing.caseCategory()).contains("pii");
    }

    @Test
    void shouldNeverEnforceOnAFailClosedFallback() {
        Routing routing = Routing.of(FailureFallback.decide(FailureMode.BLOCK, "v1"));

        assertThat(routing.enforceCategory()).isEmpty();
        assertThat(routing.openCase()).isTrue();
        assertThat(routing.caseCategory()).isEmpty();
    }

    private static Classification judged(Verdict verdict, Reason... reasons) {
        return new Classification(verdict, List.of(), List.of(reasons), List.of(), "v1", List.of(), false);
    }
}
