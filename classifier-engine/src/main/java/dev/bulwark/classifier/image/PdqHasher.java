package dev.bulwark.classifier.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * PDQ, the perceptual image hash Meta published with ThreatExchange, following its reference
 * implementation step by step: luminance, Jarosz downsampling to 64 x 64, a 2-D DCT of which the
 * 16 x 16 lowest frequencies (skipping the DC row and column) are kept, and one bit per coefficient:
 * above the median or not. Similar images get hashes a small Hamming distance apart. Thread-safe.
 */
public final class PdqHasher {

    /** Images narrower or shorter than this have no meaningful hash (the reference's limit too). */
    public static final int MIN_DIMENSION = 5;

    private static final int DCT_SIZE = 16;
    private static final int N = JaroszDownsampler.SIZE;
    /** The reference's quality heuristic: summed, quantised gradients divided by 90, capped at 100. */
    private static final int QUALITY_DIVISOR = 90;
    private static final int MAX_QUALITY = 100;

    /** Row {@code i} holds DCT basis function {@code i + 1} sampled at the 64 pixel centres. */
    private final float[] dct = new float[DCT_SIZE * N];

    public PdqHasher() {
        float scale = (float) Math.sqrt(2.0 / N);
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < N; j++) {
                dct[i * N + j] = (float) (scale * Math.cos((Math.PI / 2 / N) * (i + 1) * (2 * j + 1)));
            }
        }
    }

    public PdqHashAndQuality hash(BufferedImage image) {
        return hash(LumaImage.of(image));
    }

    public PdqHashAndQuality hash(LumaImage image) {
        if (image.rows() < MIN_DIMENSION || image.cols() < MIN_DIMENSION) {
            throw new IllegalArgumentException("an image needs at least " + MIN_DIMENSION + " pixels each way to be hashed");
        }
        float[] downsampled = JaroszDownsampler.downsample(image);
        int quality = quality(downsampled);
        float[] coefficients = dct64To16(downsampled);
        return new PdqHashAndQuality(toBits(coefficients), quality);
    }

    /** {@code B = D A Dᵀ}, computing only the 16 x 16 block that PDQ keeps. */
    private float[] dct64To16(float[] a) {
        float[] t = new float[DCT_SIZE * N];
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < N; j++) {
                float sum = 0;
                for (int k = 0; k < N; k++) {
                    sum += dct[i * N + k] * a[k * N + j];
                }
                t[i * N + j] = sum;
            }
        }
        float[] b = new float[DCT_SIZE * DCT_SIZE];
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < DCT_SIZE; j++) {
                float sum = 0;
                for (int k = 0; k < N; k++) {
                    sum += t[i * N + k] * dct[j * N + k];
                }
                b[i * DCT_SIZE + j] = sum;
            }
        }
        return b;
    }

    /**
     * One bit per coefficient, set when it exceeds the median. The median is the 128th smallest
     * value, which is what the reference's Torben median returns for 256 values.
     */
    private static PdqHash toBits(float[] coefficients) {
        float[] sorted = coefficients.clone();
        Arrays.sort(sorted);
        float median = sorted[sorted.length / 2 - 1];
        boolean[] bits = new boolean[PdqHash.BITS];
        for (int k = 0; k < PdqHash.BITS; k++) {
            bits[k] = coefficients[k] > median;
        }
        return PdqHash.fromBits(bits);
    }

    /**
     * How much structure the image has, 0 to 100: flat or nearly flat images score low and their
     * hashes match too much to be trusted. Differences are quantised to whole percent of full range
     * so that only significant gradients count.
     */
    private static int quality(float[] a) {
        int gradientSum = 0;
        for (int i = 0; i < N - 1; i++) {
            for (int j = 0; j < N; j++) {
                gradientSum += Math.abs((int) (((a[i * N + j] - a[(i + 1) * N + j]) * 100) / 255));
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N - 1; j++) {
                gradientSum += Math.abs((int) (((a[i * N + j] - a[i * N + j + 1]) * 100) / 255));
            }
        }
        return Math.min(gradientSum / QUALITY_DIVISOR, MAX_QUALITY);
    }
}
