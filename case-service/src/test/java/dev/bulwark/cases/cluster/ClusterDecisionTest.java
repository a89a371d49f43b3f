package dev.bulwark.cases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterDecisionTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();
    private static final Set<UUID> MEMBERS = Set.of(FIRST, SECOND);

    @Test
    void shouldReadADecisionAndItsExclusions() {
        ClusterDecision decision = ClusterDecision.parse("VIOLATING", "spam", null, "campaign", List.of(SECOND.toString()),
                MEMBERS, List.of(POLICY));

        assertThat(decision.excludes(SECOND)).isTrue();
        assertThat(decision.excludes(FIRST)).isFalse();
        assertThat(decision.under(POLICY)).isEqualTo(new Decision(Outcome.VIOLATING, "spam", null, "campaign"));
    }

    @Test
    void shouldRefuseOutcomesThatDoNotClose() {
        assertThat(fields("ESCALATE", null, "needs a senior", List.of())).containsExactly("outcome");
        assertThat(fields("REQUEST_INFO", null, "which account?", List.of())).containsExactly("outcome");
    }

    @Test
    void shouldReportEveryWrongFieldAtOnce() {
        List<String> fields = fields("VIOLATING", "rudeness", null, List.of("not-an-id", UUID.randomUUID().toString()));

        assertThat(fields).containsExactly("category", "excludeCaseIds[0]", "excludeCaseIds[1]");
    }

    @Test
    void shouldReportAViolationOnceThoughSeveralPolicyVersionsFindIt() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> ClusterDecision.parse(null, null, null, null, null, MEMBERS, List.of(POLICY, POLICY)));

        assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly("outcome");
    }

    private static List<String> fields(String outcome, String category, String note, List<String> excluded) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> ClusterDecision.parse(outcome, category, null, note, excluded, MEMBERS, List.of(POLICY)));
        return invalid.violations().stream().map(FieldViolation::field).toList();
    }
}
