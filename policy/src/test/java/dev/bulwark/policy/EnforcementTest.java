package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnforcementTest {

    private static final List<LadderStep> LADDER = List.of(
            new LadderStep(1, EnforcementType.WARN, null, null),
            new LadderStep(3, EnforcementType.SUSPEND, Duration.ofDays(7), null),
            new LadderStep(5, EnforcementType.BAN, null, null));

    @Test
    void shouldWeighEveryStrikeOneWhenThePolicyNamesNoWeights() {
        Enforcement enforcement = new Enforcement(90, LADDER, Map.of(), null, null);

        assertThat(enforcement.strikeWeight(Severity.CRITICAL)).isEqualTo(1);
        assertThat(enforcement.organizationRules()).isEmpty();
    }

    @Test
    void shouldWeighAStrikeByItsSeverityAndClimbOnPoints() {
        Enforcement enforcement = new Enforcement(90, LADDER, Map.of(), Map.of(Severity.HIGH, 3), null);

        assertThat(enforcement.strikeWeight(Severity.HIGH)).isEqualTo(3);
        assertThat(enforcement.strikeWeight(Severity.LOW)).isEqualTo(1);
        assertThat(enforcement.stepFor("spam", 3).action()).isEqualTo(EnforcementType.SUSPEND);
        assertThat(enforcement.stepFor("spam", 6).action()).isEqualTo(EnforcementType.BAN);
    }

    @Test
    void shouldCountOneCrossingPerMultipleOfTheAccountsThreshold() {
        OrganizationEnforcement organization = new OrganizationEnforcement(3, LADDER);

        assertThat(organization.crossings(2)).isZero();
        assertThat(organization.crossings(3)).isEqualTo(1);
        assertThat(organization.crossings(5)).isEqualTo(1);
        assertThat(organization.crossings(6)).isEqualTo(2);
        assertThat(organization.stepFor(1).action()).isEqualTo(EnforcementType.WARN);
    }
}
