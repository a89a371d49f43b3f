package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.classifier.model.PlattScaling;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattFitterTest {

    @Test
    void shouldRecoverTheSigmoidThatGeneratedTheLabels() {
        Random random = new Random(3);
        double[] margins = new double[50_000];
        boolean[] positive = new boolean[margins.length];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = random.nextGaussian() * 3;
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.8 * margins[i] - 0.5)));
        }

        PlattScaling fitted = PlattFitter.fit(margins, positive);

        assertThat(fitted.a()).isCloseTo(0.8, within(0.05));
        assertThat(fitted.b()).isCloseTo(-0.5, within(0.05));
    }

    @Test
    void shouldStayFiniteOnSeparableData() {
        PlattScaling fitted = PlattFitter.fit(new double[] {-2, -1, 1, 2}, new boolean[] {false, false, true, true});

        assertThat(fitted.a()).isPositive().isLessThan(100);
        assertThat(fitted.probability(2)).isLessThan(1).isGreaterThan(0.5);
        assertThat(fitted.probability(-2)).isGreaterThan(0).isLessThan(0.5);
    }
}
