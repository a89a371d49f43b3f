package dev.bulwark.classifier.model;

import java.util.Arrays;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Hashed character n-grams of normalised text: each n-gram of code points is hashed with
 * MurmurHash3 (x86, 32 bit) over its UTF-8 bytes into one of {@code 2^bucketBits} buckets; bucket
 * counts are log-scaled ({@code 1 + ln count}) and the vector is scaled to unit length, so long and
 * short texts weigh alike. Training and scoring both call this class.
 */
public final class HashedNgramFeaturizer {

    public static final String NAME = "hashed-char-ngrams";

    /** {@code 1 + ln count} for the counts texts have; a logarithm per bucket was a tenth of the classifier's time. */
    private static final double[] LOG_SCALED = new double[256];
    /** Values of one byte, the digit of the bucket sort. */
    private static final int RADIX = 1 << Byte.SIZE;

    static {
        for (int count = 1; count < LOG_SCALED.length; count++) {
            LOG_SCALED[count] = 1 + Math.log(count);
        }
    }

    private final FeaturizerSpec spec;
    private final int mask;

    public HashedNgramFeaturizer(FeaturizerSpec spec) {
        this.spec = spec;
        this.mask = spec.buckets() - 1;
    }

    /** Receives one n-gram: its bucket and its range {@code [start, end)} in the text. */
    @FunctionalInterface
    public interface NgramSink {
        void accept(int bucket, int start, int end);
    }

    public SparseVector featurize(String text) {
        Utf8 utf8 = Utf8.of(text, spec.maxChars());
        int[] buckets = new int[ngramCount(utf8.codePoints())];
        int[] next = {0};
        forEachNgram(utf8, (bucket, start, end) -> buckets[next[0]++] = bucket);
        return scaled(sorted(buckets));
    }

    /** Visits every n-gram of the first {@code maxChars} characters, shortest n first. */
    public void forEachNgram(String text, NgramSink sink) {
        forEachNgram(Utf8.of(text, spec.maxChars()), sink);
    }

    private void forEachNgram(Utf8 utf8, NgramSink sink) {
        for (int n = spec.minN(); n <= spec.maxN(); n++) {
            for (int i = 0; i + n <= utf8.codePoints(); i++) {
                int from = utf8.byteOffset(i);
                int hash = MurmurHash3.hash32x86(utf8.bytes(), from, utf8.byteOffset(i + n) - from, spec.seed());
                sink.accept(hash & mask, utf8.charOffset(i), utf8.charOffset(i + n));
            }
        }
    }

    private int ngramCount(int codePoints) {
        int count = 0;
        for (int n = spec.minN(); n <= spec.maxN(); n++) {
            count += Math.max(0, codePoints - n + 1);
        }
        return count;
    }

    /**
     * The buckets in increasing order, by a radix sort on their bytes: linear in the n-gram count,
     * where {@code Arrays.sort} of a short text's few hundred buckets was a third of the classifier's time.
     */
    private int[] sorted(int[] buckets) {
        int[] from = buckets;
        int[] to = new int[buckets.length];
        int[] starts = new int[RADIX + 1];
        for (int shift = 0; shift < spec.bucketBits(); shift += Byte.SIZE) {
            Arrays.fill(starts, 0);
            for (int bucket : from) {
                starts[(bucket >>> shift & (RADIX - 1)) + 1]++;
            }
            for (int digit = 1; digit <= RADIX; digit++) {
                starts[digit] += starts[digit - 1];
            }
            for (int bucket : from) {
                to[starts[bucket >>> shift & (RADIX - 1)]++] = bucket;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private static SparseVector scaled(int[] sortedBuckets) {
        int[] indices = new int[sortedBuckets.length];
        int[] counts = new int[sortedBuckets.length];
        int distinct = 0;
        int previous = -1;
        // Counted without a branch on "new bucket?": its outcome is a coin toss the processor keeps mispredicting.
        for (int bucket : sortedBuckets) {
            distinct += bucket != previous ? 1 : 0;
            indices[distinct - 1] = bucket;
            counts[distinct - 1]++;
            previous = bucket;
        }
        indices = Arrays.copyOf(indices, distinct);
        double[] values = new double[distinct];
        double sum = 0;
        for (int k = 0; k < distinct; k++) {
            int count = counts[k];
            values[k] = count < LOG_SCALED.length ? LOG_SCALED[count] : 1 + Math.log(count);
            sum += values[k] * values[k];
        }
        double norm = Math.sqrt(sum);
        for (int k = 0; k < distinct; k++) {
            values[k] /= norm;
        }
        return new SparseVector(indices, values);
    }
}
