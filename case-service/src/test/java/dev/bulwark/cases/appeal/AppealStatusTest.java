package dev.bulwark.cases.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.decision.Outcome;
import org.junit.jupiter.api.Test;

class AppealStatusTest {

    @Test
    void shouldUpholdOnViolatingAndOverturnOnNotViolating() {
        assertThat(AppealStatus.resolvedBy(Outcome.VIOLATING)).isEqualTo(AppealStatus.UPHELD);
        assertThat(AppealStatus.resolvedBy(Outcome.NOT_VIOLATING)).isEqualTo(AppealStatus.OVERTURNED);
    }

    @Test
    void shouldNotResolveOnADecisionThatKeepsTheCaseOpen() {
        assertThatThrownBy(() -> AppealStatus.resolvedBy(Outcome.ESCALATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppealStatus.resolvedBy(Outcome.REQUEST_INFO)).isInstanceOf(IllegalArgumentException.class);
    }
}
