package dev.bulwark.classifier.image;

/**
 * PDQ's downsampling to 64 x 64: two rounds of 1-D box filters along rows then columns (Jarosz, "Fast
 * Image Convolutions", 2001: repeated box filters approximate a tent filter), then one sample at the
 * centre of each of the 64 x 64 cells. Each box window is half a cell wide, so the two rounds together
 * average over a full cell.
 */
final class JaroszDownsampler {

    static final int SIZE = 64;
    private static final int PASSES = 2;

    private JaroszDownsampler() {}

    /** The 64 x 64 downsample of {@code image}, row-major; the image itself is not modified. */
    static float[] downsample(LumaImage image) {
        int rows = image.rows();
        int cols = image.cols();
        int windowAlongRows = windowSize(cols);
        int windowAlongCols = windowSize(rows);
        float[] blurred = new float[rows * cols];
        float[] scratch = new float[rows * cols];
        float[] source = image.luma();
        for (int pass = 0; pass < PASSES; pass++) {
            for (int r = 0; r < rows; r++) {
                box(source, scratch, r * cols, 1, cols, windowAlongRows);
            }
            boxColumns(scratch, blurred, rows, cols, windowAlongCols);
            source = blurred;
        }
        return decimate(blurred, rows, cols);
    }

    /** Half a 64th of the dimension, rounded up: {@code ceil(dimension / 128)}. */
    static int windowSize(int dimension) {
        return (dimension + 2 * SIZE - 1) / (2 * SIZE);
    }

    /**
     * A centred moving average of {@code window} values along one line of {@code length} values,
     * {@code stride} apart from {@code offset}; near the ends the window shrinks to what exists.
     * For an even window the extra value is taken after the centre (window 8: 3 before, 4 after).
     */
    static void box(float[] in, float[] out, int offset, int stride, int length, int window) {
        int half = (window + 2) / 2;
        int leadIn = half - 1;
        int growing = window - half + 1;
        int full = length - window;
        int shrinking = half - 1;

        int left = offset;
        int right = offset;
        int target = offset;
        float sum = 0;
        int count = 0;
        for (int i = 0; i < leadIn; i++) {
            sum += in[right];
            count++;
            right += stride;
        }
        for (int i = 0; i < growing; i++) {
            sum += in[right];
            count++;
            out[target] = sum / count;
            right += stride;
            target += stride;
        }
        for (int i = 0; i < full; i++) {
            sum += in[right];
            sum -= in[left];
            out[target] = sum / count;
            left += stride;
            right += stride;
            target += stride;
        }
        for (int i = 0; i < shrinking; i++) {
            sum -= in[left];
            count--;
            out[target] = sum / count;
            left += stride;
            target += stride;
        }
    }

    /**
     * {@link #box} down every column at once, walking the image row by row (memory order) with one
     * running sum per column. Each column sees the same additions in the same order as {@code box}
     * would give it, so the result is identical, only without striding through memory.
     */
    static void boxColumns(float[] in, float[] out, int rows, int cols, int window) {
        int half = (window + 2) / 2;
        int leadIn = half - 1;
        int growing = window - half + 1;
        int full = rows - window;
        int shrinking = half - 1;

        float[] sum = new float[cols];
        int left = 0;
        int right = 0;
        int target = 0;
        int count = 0;
        for (int i = 0; i < leadIn; i++) {
            addRow(sum, in, right++ * cols);
            count++;
        }
        for (int i = 0; i < growing; i++) {
            addRow(sum, in, right++ * cols);
            count++;
            writeRow(sum, count, out, target++ * cols);
        }
        for (int i = 0; i < full; i++) {
            addRow(sum, in, right++ * cols);
            subtractRow(sum, in, left++ * cols);
            writeRow(sum, count, out, target++ * cols);
        }
        for (int i = 0; i < shrinking; i++) {
            subtractRow(sum, in, left++ * cols);
            count--;
            writeRow(sum, count, out, target++ * cols);
        }
    }

    private static void addRow(float[] sum, float[] in, int offset) {
        for (int c = 0; c < sum.length; c++) {
            sum[c] += in[offset + c];
        }
    }

    private static void subtractRow(float[] sum, float[] in, int offset) {
        for (int c = 0; c < sum.length; c++) {
            sum[c] -= in[offset + c];
        }
    }

    private static void writeRow(float[] sum, int count, float[] out, int offset) {
        for (int c = 0; c < sum.length; c++) {
            out[offset + c] = sum[c] / count;
        }
    }

    private static float[] decimate(float[] in, int rows, int cols) {
        float[] out = new float[SIZE * SIZE];
        for (int i = 0; i < SIZE; i++) {
            int row = (int) (((i + 0.5) * rows) / SIZE);
            for (int j = 0; j < SIZE; j++) {
                int col = (int) (((j + 0.5) * cols) / SIZE);
                out[i * SIZE + j] = in[row * cols + col];
            }
        }
        return out;
    }
}
