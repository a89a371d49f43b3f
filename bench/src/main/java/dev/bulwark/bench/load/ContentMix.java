package dev.bulwark.bench.load;

import dev.bulwark.demo.client.CanonicalTexts;
import java.util.List;
import java.util.Locale;

/**
 * Shares of ALLOW, REVIEW and BLOCK texts (the canonical chat texts whose verdicts the policy fixes), in
 * percent. The n-th request's text follows a low-discrepancy sequence, so every stretch of the run holds
 * the shares closely and two runs send the same texts in the same order.
 */
public record ContentMix(int allowPercent, int reviewPercent, int blockPercent) {

    private static final List<String> ALLOW = List.of(CanonicalTexts.ALLOW);
    private static final List<String> REVIEW = List.of(CanonicalTexts.REVIEW_HARASSMENT, CanonicalTexts.REVIEW_EVASION,
            CanonicalTexts.REVIEW_PII);
    private static final List<String> BLOCK = List.of(CanonicalTexts.BLOCK_THREAT, CanonicalTexts.BLOCK_SPAM);
    /** The fractional part of the golden ratio: multiples of it spread evenly over [0, 1). */
    private static final double GOLDEN = 0.6180339887498949;

    public ContentMix {
        if (allowPercent < 0 || reviewPercent < 0 || blockPercent < 0 || allowPercent + reviewPercent + blockPercent != 100) {
            throw new IllegalArgumentException("a content mix is three shares adding up to 100, not "
                    + allowPercent + "/" + reviewPercent + "/" + blockPercent);
        }
    }

    /** Parses {@code allow/review/block}, e.g. {@code 80/15/5}. */
    public static ContentMix parse(String shares) {
        String[] parts = shares.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a content mix is allow/review/block in percent, e.g. 80/15/5, not " + shares);
        }
        try {
            return new ContentMix(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a content mix is allow/review/block in percent, e.g. 80/15/5, not " + shares);
        }
    }

    /** The text of the {@code sequence}-th request. */
    public String text(long sequence) {
        double position = (sequence * GOLDEN) % 1.0 * 100;
        List<String> texts = position < allowPercent ? ALLOW : position < allowPercent + reviewPercent ? REVIEW : BLOCK;
        return texts.get((int) Math.floorMod(sequence, (long) texts.size()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d/%d", allowPercent, reviewPercent, blockPercent);
    }
}
