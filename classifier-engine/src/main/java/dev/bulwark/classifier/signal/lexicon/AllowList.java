package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Innocent words and word parts that contain a lexicon term ("assassin", "scunthorpe", "analy" of
 * "analysis"): a lexicon match lying inside one of them is not a match. Entries match anywhere in
 * the normalised text, also inside longer words, so an entry may be a word's stem.
 */
public final class AllowList {

    private final TermScanner<String> scanner = new TermScanner<>();
    private final List<String> keys = new ArrayList<>();

    private AllowList(List<String> words) {
        for (String word : words) {
            keys.add(scanner.add(word, LexiconTerm.anywhere(word)));
        }
    }

    /** One word or word part per line; blank lines and {@code #} comments are ignored. */
    public static AllowList parse(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return new AllowList(words);
    }

    public static AllowList empty() {
        return new AllowList(List.of());
    }

    /** The entries as matched, normalised like the text. */
    List<String> keys() {
        return List.copyOf(keys);
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
