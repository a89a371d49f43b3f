package dev.bulwark.cases.cluster;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Charikar's SimHash over 64 bits: every feature votes on every bit with its own hash, and a bit is
 * set where more features voted for it than against. Texts sharing most features share most bits,
 * so the Hamming distance of two fingerprints approximates how different the texts are.
 *
 * <p>Feature hashes are 64-bit FNV-1a over the UTF-8 bytes, finished with MurmurHash3's fmix64.
 * FNV-1a is fixed by its specification, so a fingerprint stored today still compares with one
 * computed after an upgrade of the JVM or of this service (String.hashCode is only 32 bits wide);
 * its high bits mix poorly for short, similar inputs, which fmix64 repairs, since SimHash needs every
 * bit of a feature's hash to look independent of the others.
 */
public final class SimHash {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {}

    /** The SimHash of a list of features (repeats count as often as they occur); 0 for none. */
    public static long of(List<String> features) {
        int[] votes = new int[Long.SIZE];
        for (String feature : features) {
            long hash = hash(feature);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
            }
        }
        long simhash = 0L;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    /** A feature's stable 64-bit hash. */
    static long hash(String feature) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return fmix64(hash);
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
