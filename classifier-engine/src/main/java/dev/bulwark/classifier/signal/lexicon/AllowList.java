package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Innocent words that contain a lexicon term ("assassin", "skills", "cocktail"): a lexicon match
 * lying inside one of them is not a match. Guards the Scunthorpe problem where word boundaries are
 * weak, that is prefix terms and letters written spaced out.
 */
public final class AllowList {

    private final TermScanner<String> scanner = new TermScanner<>();

    private AllowList(List<String> words) {
        for (String word : words) {
            scanner.add(word, LexiconTerm.exact(word));
        }
    }

    /** One word per line; blank lines and {@code #} comments are ignored. */
    public static AllowList parse(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return new AllowList(words);
    }

    public static AllowList empty() {
        return new AllowList(List.of());
    }

    /** Ranges {@code [start, end)} of the normalised text covered by allowed words. */
    List<int[]> coveredRanges(NormalizedText text) {
        List<int[]> ranges = new ArrayList<>();
        scanner.scan(text, (word, start, end) -> ranges.add(new int[] {start, end}));
        return ranges;
    }

    static boolean covers(List<int[]> ranges, int start, int end) {
        for (int[] range : ranges) {
            if (range[0] <= start && end <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
