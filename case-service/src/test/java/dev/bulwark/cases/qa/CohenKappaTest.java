package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /**
     * The textbook two-rater example (e.g. Wikipedia, "Cohen's kappa"): 50 proposals, both say yes to
     * 20 and no to 15, A yes and B no for 5, A no and B yes for 10. po = 0.7, pe = 0.5, kappa = 0.4.
     */
    @Test
    void shouldComputeTheTextbookExample() {
        CohenKappa kappa = new CohenKappa()
                .add("yes", "yes", 20)
                .add("yes", "no", 5)
                .add("no", "yes", 10)
                .add("no", "no", 15);

        assertThat(kappa.total()).isEqualTo(50);
        assertThat(kappa.value()).isCloseTo(0.4, within(1e-12));
    }

    /** The same source's pair of tables with equal agreement (po = 0.6) but different kappas: 0.1304 and 0.2593. */
    @Test
    void shouldDiscountAgreementThatChanceExplains() {
        CohenKappa skewed = new CohenKappa().add("yes", "yes", 45).add("yes", "no", 15).add("no", "yes", 25).add("no", "no", 15);
        CohenKappa balanced = new CohenKappa().add("yes", "yes", 25).add("yes", "no", 35).add("no", "yes", 5).add("no", "no", 35);

        assertThat(skewed.value()).isCloseTo(0.1304, within(1e-4));
        assertThat(balanced.value()).isCloseTo(0.2593, within(1e-4));
    }

    @Test
    void shouldHandleMoreThanTwoLabels() {
        // po = 8 / 10; marginals A (4, 3, 3) and B (4, 4, 2) over harassment, hate, NOT_VIOLATING;
        // pe = (16 + 12 + 6) / 100 = 0.34; kappa = 0.46 / 0.66.
        CohenKappa kappa = new CohenKappa()
                .add("harassment", "harassment", 3)
                .add("harassment", "hate", 1)
                .add("hate", "hate", 3)
                .add("NOT_VIOLATING", "NOT_VIOLATING", 2)
                .add("NOT_VIOLATING", "harassment", 1)
                .add("hate", "NOT_VIOLATING", 0);

        assertThat(kappa.value()).isCloseTo(0.46 / 0.66, within(1e-12));
    }

    @Test
    void shouldBeOneForPerfectAgreementAndNegativeForSystematicDisagreement() {
        assertThat(new CohenKappa().add("spam", "spam", 7).add("NOT_VIOLATING", "NOT_VIOLATING", 3).value()).isEqualTo(1.0);
        assertThat(new CohenKappa().add("spam", "NOT_VIOLATING", 5).add("NOT_VIOLATING", "spam", 5).value()).isEqualTo(-1.0);
    }

    @Test
    void shouldBeUndefinedWithoutDataOrWithASingleLabelThroughout() {
        assertThat(new CohenKappa().value()).isNull();
        assertThat(new CohenKappa().add("spam", "spam", 12).value()).isNull();
    }
}
