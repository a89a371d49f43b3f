package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Innocent words that contain a lexicon term ("assassin", "skills", "cocktail"): a lexicon match
 * lying inside one of them is not a match. Guards the Scunthorpe problem where word boundaries are
 * weak, that is prefix terms and letters written spaced out.
 */
public final class AllowList {

    private final List<Pattern> words;

    private AllowList(List<Pattern> words) {
        this.words = List.copyOf(words);
    }

    /** One word per line; blank lines and {@code #} comments are ignored. */
    public static AllowList parse(List<String> lines) {
        List<Pattern> words = new ArrayList<>();
        for (String line : lines) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(LexiconTerm.compile(word));
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
        for (Pattern word : words) {
            Matcher m = word.matcher(text.text());
            while (m.find()) {
                if (text.isBoundary(m.start()) && text.isBoundary(m.end())) {
                    ranges.add(new int[] {m.start(), m.end()});
                }
            }
        }
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
