package dev.bulwark.classifier.image;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A 256-bit PDQ hash held in four longs. Bit {@code k} is DCT coefficient {@code (k / 16, k % 16)};
 * the hex form is the reference implementation's: 64 digits, bit 255 first.
 */
public final class PdqHash {

    public static final int BITS = 256;
    public static final int HEX_LENGTH = 64;

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int WORDS = 4;

    /** {@code words[0]} holds bits 255..192, so it prints as the first 16 hex digits. */
    private final long[] words;

    private PdqHash(long[] words) {
        this.words = words;
    }

    /** Whether {@code hex} is a PDQ hash: exactly 64 hex digits, either case. */
    public static boolean isValidHex(String hex) {
        return hex != null && HEX.matcher(hex).matches();
    }

    /** Parses the 64-digit hex form; throws {@link IllegalArgumentException} on anything else. */
    public static PdqHash fromHex(String hex) {
        if (!isValidHex(hex)) {
            throw new IllegalArgumentException("a PDQ hash is 64 hexadecimal digits");
        }
        long[] words = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = Long.parseUnsignedLong(hex, i * 16, (i + 1) * 16, 16);
        }
        return new PdqHash(words);
    }

    /** The hash whose bit {@code k} is set exactly where {@code bits[k]} is true. */
    static PdqHash fromBits(boolean[] bits) {
        long[] words = new long[WORDS];
        for (int k = 0; k < BITS; k++) {
            if (bits[k]) {
                words[WORDS - 1 - k / 64] |= 1L << (k % 64);
            }
        }
        return new PdqHash(words);
    }

    /** Number of differing bits, 0 to 256. */
    public int distanceTo(PdqHash other) {
        return distance(words, 0, other.words, 0);
    }

    /**
     * Hamming distance between hashes packed four longs each (see {@link #copyIntoPacked}) at
     * {@code a[ai..ai+3]} and {@code b[bi..bi+3]}, for indexes that keep many hashes in one array.
     */
    public static int distance(long[] a, int ai, long[] b, int bi) {
        return Long.bitCount(a[ai] ^ b[bi])
                + Long.bitCount(a[ai + 1] ^ b[bi + 1])
                + Long.bitCount(a[ai + 2] ^ b[bi + 2])
                + Long.bitCount(a[ai + 3] ^ b[bi + 3]);
    }

    /** Copies the hash's four longs into {@code target} from {@code offset}, for packed indexes. */
    public void copyIntoPacked(long[] target, int offset) {
        System.arraycopy(words, 0, target, offset, WORDS);
    }

    public boolean bit(int k) {
        return (words[WORDS - 1 - k / 64] >>> (k % 64) & 1L) != 0;
    }

    /** Number of set bits; a hash of a real image has about half of them set. */
    public int bitCount() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The 64-digit lower-case hex form. */
    public String hex() {
        StringBuilder hex = new StringBuilder(HEX_LENGTH);
        for (long w : words) {
            hex.append(HexFormat.of().toHexDigits(w));
        }
        return hex.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdqHash other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return hex();
    }
}
