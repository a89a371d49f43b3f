package dev.bulwark.cases.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.policy.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CasePriorityTest {

    @Test
    void shouldStartEachSeverityInItsOwnBand() {
        assertThat(CasePriority.of(Severity.LOW, 1, 0, 0, Duration.ZERO)).isEqualTo(100);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 0, Duration.ZERO)).isEqualTo(200);
        assertThat(CasePriority.of(Severity.HIGH, 1, 0, 0, Duration.ZERO)).isEqualTo(300);
        assertThat(CasePriority.of(Severity.CRITICAL, 1, 0, 0, Duration.ZERO)).isEqualTo(400);
    }

    @Test
    void shouldWeighReportsAboveRepeatSubmissions() {
        assertThat(CasePriority.of(Severity.MEDIUM, 3, 0, 0, Duration.ZERO)).isEqualTo(206);
        assertThat(CasePriority.of(Severity.MEDIUM, 3, 2, 0, Duration.ZERO)).isEqualTo(216);
    }

    @Test
    void shouldRaisePriorityWithReachOnALogScale() {
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 9, Duration.ZERO)).isEqualTo(204);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 9_999, Duration.ZERO)).isEqualTo(216);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 10_000_000, Duration.ZERO)).isEqualTo(220);
    }

    @Test
    void shouldRaisePriorityWithEveryFullHourOfWaiting() {
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 0, Duration.ofMinutes(59))).isEqualTo(200);
        assertThat(CasePriority.of(Severity.MEDIUM, 1, 0, 0, Duration.ofHours(5))).isEqualTo(205);
    }

    @Test
    void shouldNeverLetBonusesOutrankAMoreSevereCase() {
        int spamPile = CasePriority.of(Severity.LOW, 1_000, 1_000, Long.MAX_VALUE / 2, Duration.ofDays(30));
        int singleCritical = CasePriority.of(Severity.CRITICAL, 1, 0, 0, Duration.ZERO);

        assertThat(spamPile).isEqualTo(199);
        assertThat(singleCritical).isGreaterThan(CasePriority.of(Severity.HIGH, 1_000, 1_000, 1_000_000_000, Duration.ofDays(30)));
    }

    @Test
    void shouldIgnoreNegativeAgeFromClockSkew() {
        assertThat(CasePriority.of(Severity.HIGH, 1, 0, 0, Duration.ofHours(-3))).isEqualTo(300);
    }

    @Test
    void shouldRejectImpossibleCounts() {
        assertThatThrownBy(() -> CasePriority.of(Severity.LOW, 0, 0, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CasePriority.of(Severity.LOW, 1, 2, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CasePriority.of(Severity.LOW, 1, 0, -1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
