package dev.bulwark.classifier.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JaroszDownsamplerTest {

    @Test
    void shouldUseHalfA64thOfTheDimensionRoundedUpAsWindow() {
        assertThat(JaroszDownsampler.windowSize(26)).isEqualTo(1);
        assertThat(JaroszDownsampler.windowSize(128)).isEqualTo(1);
        assertThat(JaroszDownsampler.windowSize(129)).isEqualTo(2);
        assertThat(JaroszDownsampler.windowSize(640)).isEqualTo(5);
        assertThat(JaroszDownsampler.windowSize(1024)).isEqualTo(8);
    }

    /** The reference's box filter: window w averages w - (w+2)/2 values before and (w+2)/2 - 1 after. */
    @Test
    void shouldAverageTheWindowAroundEachValueShrinkingAtTheEnds() {
        Random random = new Random(7);
        for (int length : new int[] {5, 16, 33, 480}) {
            for (int window = 1; window <= Math.min(length, 12); window++) {
                float[] in = new float[length];
                for (int i = 0; i < length; i++) {
                    in[i] = random.nextFloat() * 255;
                }
                float[] out = new float[length];
                JaroszDownsampler.box(in, out, 0, 1, length, window);

                int before = window - (window + 2) / 2;
                int after = (window + 2) / 2 - 1;
                for (int i = 0; i < length; i++) {
                    double sum = 0;
                    int count = 0;
                    for (int k = Math.max(0, i - before); k <= Math.min(length - 1, i + after); k++) {
                        sum += in[k];
                        count++;
                    }
                    assertThat((double) out[i]).as("length %d window %d index %d", length, window, i)
                            .isCloseTo(sum / count, within(1e-2));
                }
            }
        }
    }

    @Test
    void shouldFilterColumnsExactlyAsTheOneDimensionalFilterDoes() {
        Random random = new Random(11);
        int rows = 97;
        int cols = 13;
        float[] in = new float[rows * cols];
        for (int i = 0; i < in.length; i++) {
            in[i] = random.nextFloat() * 255;
        }
        for (int window = 1; window <= 9; window++) {
            float[] byColumns = new float[in.length];
            float[] oneByOne = new float[in.length];

            JaroszDownsampler.boxColumns(in, byColumns, rows, cols, window);
            for (int c = 0; c < cols; c++) {
                JaroszDownsampler.box(in, oneByOne, c, cols, rows, window);
            }

            assertThat(byColumns).as("window %d", window).containsExactly(oneByOne);
        }
    }

    @Test
    void shouldKeepAUniformImageUniform() {
        float[] luma = new float[300 * 200];
        Arrays.fill(luma, 42f);

        float[] downsampled = JaroszDownsampler.downsample(new LumaImage(luma, 200, 300));

        assertThat(downsampled).hasSize(64 * 64).containsOnly(42f);
        assertThat(luma).containsOnly(42f);
    }
}
