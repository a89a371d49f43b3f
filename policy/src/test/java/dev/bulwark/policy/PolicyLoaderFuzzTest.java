package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Any bytes either load into a policy that passed validation or are refused with
 * {@link InvalidPolicyException} naming what is wrong: never another exception, a stack overflow from
 * deep nesting, or the memory of an alias bomb.
 *
 * <p>Under {@code mvn verify} this replays the documents in {@code PolicyLoaderFuzzTestInputs/load/}.
 * To fuzz, from the repository root: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=60s ./mvnw -q verify
 * -pl policy -Dtest=PolicyLoaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}; a failing input is
 * written to the inputs directory, to be kept there as a regression seed once fixed.
 */
class PolicyLoaderFuzzTest {

    @FuzzTest
    void load(byte[] document) {
        UsagePolicy policy;
        try {
            policy = PolicyLoader.load(new ByteArrayInputStream(document), "fuzz.yaml");
        } catch (InvalidPolicyException e) {
            assertThat(e.violations()).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.message()).isNotBlank());
            return;
        }
        assertThat(policy.version()).isNotBlank();
        assertThat(policy.categories()).isNotEmpty();
        assertThat(policy.surfaces()).allSatisfy(s -> assertThat(s.thresholds()).containsKey(Surface.DEFAULT));
    }
}
