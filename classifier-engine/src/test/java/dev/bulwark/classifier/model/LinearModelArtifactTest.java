package dev.bulwark.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelArtifactTest {

    private static final FeaturizerSpec SPEC = new FeaturizerSpec(HashedNgramFeaturizer.NAME, 1, 2, 4, 0, 100);

    private static LinearModelArtifact artifact(double[] weights, double bias) {
        ModelDescriptor descriptor = new ModelDescriptor("demo", "3", "spam", SPEC, bias,
                new PlattScaling(1.5, -0.25), new ShortTextLimit(10, 0.5), "abc");
        return new LinearModelArtifact(descriptor, new LinearModel(weights, bias));
    }

    @Test
    void shouldAddWeightedFeaturesToTheBias() {
        LinearModel model = new LinearModel(new double[] {0, 2, 0, -1}, 0.5);

        double margin = model.margin(new SparseVector(new int[] {1, 2, 3}, new double[] {0.5, 0.7, 0.25}));

        assertThat(margin).isCloseTo(0.5 + 2 * 0.5 - 0.25, within(1e-12));
    }

    @Test
    void shouldReadBackExactlyWhatItWrote(@TempDir Path dir) throws Exception {
        double[] weights = new double[16];
        weights[3] = 0.125;
        weights[9] = -1.731;
        LinearModelArtifact written = artifact(weights, 0.042);

        written.write(dir);
        LinearModelArtifact read = LinearModelArtifact.read(dir);

        assertThat(read.descriptor()).isEqualTo(written.descriptor());
        for (int bucket = 0; bucket < 16; bucket++) {
            assertThat(read.model().weight(bucket)).isEqualTo(weights[bucket]);
        }
        assertThat(Files.readAllLines(dir.resolve(LinearModelArtifact.WEIGHTS_FILE))).containsExactly("3\t0.125", "9\t-1.731");
    }

    @Test
    void shouldWriteTheSameBytesForTheSameModel(@TempDir Path dir) throws Exception {
        double[] weights = new double[16];
        weights[5] = 0.3;
        artifact(weights, 0.1).write(dir.resolve("a"));
        artifact(weights, 0.1).write(dir.resolve("b"));

        for (String file : new String[] {LinearModelArtifact.DESCRIPTOR_FILE, LinearModelArtifact.WEIGHTS_FILE}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void shouldRefuseWeightsThatDoNotMatchTheFeaturizer() {
        assertThatThrownBy(() -> artifact(new double[8], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMapMarginsToProbabilitiesWithPlattScaling() {
        PlattScaling platt = new PlattScaling(2, -1);

        assertThat(platt.probability(0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(platt.probability(3)).isCloseTo(1 / (1 + Math.exp(-5)), within(1e-12));
    }
}
