package dev.bulwark.cases.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.policy.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CasePriorityTest {

    @Test
    void shouldStartEachSeverityInItsOwnBand() {
        assertThat(CasePriority.of(Severity.LOW, 1, Duration.ZERO)).isEqualTo(100);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, Duration.ZERO)).isEqualTo(200);
        assertThat(CasePriority.of(Severity.HIGH, 1, Duration.ZERO)).isEqualTo(300);
        assertThat(CasePriority.of(Severity.CRITICAL, 1, Duration.ZERO)).isEqualTo(400);
    }

    @Test
    void shouldRaisePriorityWithEveryItemThatJoins() {
        assertThat(CasePriority.of(Severity.MEDIUM, 3, Duration.ZERO)).isEqualTo(210);
    }

    @Test
    void shouldRaisePriorityWithEveryFullHourOfWaiting() {
        assertThat(CasePriority.of(Severity.MEDIUM, 1, Duration.ofMinutes(59))).isEqualTo(200);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, Duration.ofHours(5))).isEqualTo(205);
    }

    @Test
    void shouldNeverLetBonusesOutrankAMoreSevereCase() {
        int spamPile = CasePriority.of(Severity.LOW, 1_000, Duration.ofDays(30));
        int singleCritical = CasePriority.of(Severity.CRITICAL, 1, Duration.ZERO);

        assertThat(spamPile).isEqualTo(199);
        assertThat(singleCritical).isGreaterThan(CasePriority.of(Severity.HIGH, 1_000, Duration.ofDays(30)));
    }

    @Test
    void shouldIgnoreNegativeAgeFromClockSkew() {
        assertThat(CasePriority.of(Severity.HIGH, 1, Duration.ofHours(-3))).isEqualTo(300);
    }

    @Test
    void shouldRejectACaseWithoutItems() {
        assertThatThrownBy(() -> CasePriority.of(Severity.LOW, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
