package dev.bulwark.action.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.policy.WeightedPolicy;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.PolicyLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Strikes weighed by severity, and the organisation ladder. */
class WeightedLadderTest {

    private final Ladder weighted = new Ladder(PolicyLoader.load(
            new ByteArrayInputStream(WeightedPolicy.edit(bundledText()).getBytes(StandardCharsets.UTF_8)), "weighted"));
    private final Ladder unweighted = new Ladder(PolicyLoader.loadBundled());

    @Test
    void shouldWeighAStrikeByItsCategorysSeverity() {
        assertThat(weighted.strikeWeight("spam")).isEqualTo(1);
        assertThat(weighted.strikeWeight("fraud")).isEqualTo(2);
        assertThat(weighted.strikeWeight("sexual/minors")).isEqualTo(3);
        assertThat(weighted.strikeWeight("no-such-category")).isEqualTo(1);
    }

    @Test
    void shouldWeighEveryStrikeOneUnderAPolicyWithoutWeights() {
        assertThat(unweighted.strikeWeight("fraud")).isEqualTo(1);
        assertThat(unweighted.organizationRules()).isEmpty();
    }

    @Test
    void shouldSkipTheWarningWhenTheFirstStrikeWeighsTwo() {
        int points = weighted.strikeWeight("fraud");
        assertThat(weighted.sanctionFor(SubjectKind.ACCOUNT, "fraud", points, null).type())
                .isEqualTo(EnforcementType.RESTRICT);
    }

    @Test
    void shouldClimbTheOrganisationLadderForAnOrganisation() {
        Sanction first = weighted.sanctionFor(SubjectKind.ORGANIZATION, "spam", 1, null);
        assertThat(first.type()).isEqualTo(EnforcementType.RESTRICT);
        assertThat(first.duration()).isEqualTo(Duration.ofDays(7));
        assertThat(first.features()).containsExactly("api");
        assertThat(weighted.sanctionFor(SubjectKind.ORGANIZATION, "spam", 3, null).type()).isEqualTo(EnforcementType.BAN);
        // accounts and API keys keep the category's ladder
        assertThat(weighted.sanctionFor(SubjectKind.API_KEY, "spam", 1, null).type()).isEqualTo(EnforcementType.WARN);
    }

    @Test
    void shouldUseTheCategoryLadderForAnOrganisationWhenThePolicyHasNoOrganisationLadder() {
        assertThat(unweighted.sanctionFor(SubjectKind.ORGANIZATION, "sexual/minors", 1, null).type())
                .isEqualTo(EnforcementType.BAN);
    }

    private static String bundledText() {
        try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(PolicyLoader.BUNDLED_POLICY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
