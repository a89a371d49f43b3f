package dev.bulwark.classifier.normalize;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Undoes common evasions before matching: compatibility forms (NFKC), case, invisible characters,
 * leetspeak, spaced-out letters and stretched letters, keeping each character's original span.
 */
public final class TextNormalizer {

    /** Version of the normalisation rules, reported with the scores. */
    public static final String VERSION = "normalizer@1";

    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');
    private static final int MIN_SPACED_RUN = 3;
    private static final int MAX_REPEAT = 2;

    public NormalizedText normalize(String original) {
        Buffer buffer = foldCodePoints(original);
        buffer = collapseWhitespace(buffer);
        mapLeetspeak(buffer);
        buffer = joinSpacedLetters(buffer);
        buffer = collapseRepeats(buffer);
        return buffer.toText(original);
    }

    private static Buffer foldCodePoints(String original) {
        Buffer out = new Buffer(original.length());
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ', i, next, 0);
            } else if (cp < 0x80) {
                // NFKC leaves ASCII unchanged; skipping it keeps the common case cheap.
                out.append(Character.toLowerCase((char) cp), i, next, 0);
            } else if (!isInvisible(cp)) {
                String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                for (int k = 0; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    out.append(Character.isWhitespace(c) ? ' ' : c, i, next, 0);
                }
            }
            i = next;
        }
        return out;
    }

    /** Format characters (zero-width, bidi controls, soft hyphen) and joiners that render as nothing. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x034F
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    private static Buffer collapseWhitespace(Buffer in) {
        Buffer out = new Buffer(in.length());
        for (int i = 0; i < in.length(); i++) {
            if (in.chars[i] == ' ' && out.length() > 0 && out.chars[out.length() - 1] == ' ') {
                continue;
            }
            out.copy(in, i);
        }
        return out;
    }

    /** Leetspeak only inside words that also contain a letter, so plain numbers stay numbers. */
    private static void mapLeetspeak(Buffer buffer) {
        int start = 0;
        while (start < buffer.length()) {
            int end = start;
            boolean hasLetter = false;
            while (end < buffer.length() && buffer.chars[end] != ' ') {
                hasLetter |= Character.isLetter(buffer.chars[end]);
                end++;
            }
            if (hasLetter) {
                for (int i = start; i < end; i++) {
                    Character mapped = LEET.get(buffer.chars[i]);
                    if (mapped != null) {
                        buffer.chars[i] = mapped;
                    }
                }
            }
            start = end + 1;
        }
    }

    private static Buffer joinSpacedLetters(Buffer in) {
        Buffer out = new Buffer(in.length());
        int run = 0;
        int i = 0;
        while (i < in.length()) {
            int letters = spacedRunLength(in, i);
            if (letters >= MIN_SPACED_RUN) {
                run++;
                for (int k = 0; k < letters; k++) {
                    out.append(in.chars[i + 2 * k], in.starts[i + 2 * k], in.ends[i + 2 * k], run);
                }
                i += 2 * letters - 1;
            } else {
                out.copy(in, i);
                i++;
            }
        }
        return out;
    }

    /** Number of single letters starting at {@code i}, each separated from the next by one space. */
    private static int spacedRunLength(Buffer in, int i) {
        if (i > 0 && in.chars[i - 1] != ' ') {
            return 0;
        }
        int count = 0;
        int p = i;
        while (p < in.length() && Character.isLetter(in.chars[p]) && (p + 1 == in.length() || in.chars[p + 1] == ' ')) {
            count++;
            p += 2;
        }
        return count;
    }

    /** Stretched letters ("idiooooot") keep two, the second covering the dropped ones. */
    private static Buffer collapseRepeats(Buffer in) {
        Buffer out = new Buffer(in.length());
        int repeat = 0;
        for (int i = 0; i < in.length(); i++) {
            char c = in.chars[i];
            repeat = i > 0 && c == in.chars[i - 1] && Character.isLetter(c) ? repeat + 1 : 1;
            if (repeat > MAX_REPEAT) {
                out.ends[out.length() - 1] = in.ends[i];
            } else {
                out.copy(in, i);
            }
        }
        return out;
    }

    /** Characters with their original spans and spaced-run ids, rebuilt by every stage. */
    private static final class Buffer {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int[] runs;
        private int size;

        Buffer(int capacity) {
            int initial = Math.max(16, capacity);
            chars = new char[initial];
            starts = new int[initial];
            ends = new int[initial];
            runs = new int[initial];
        }

        int length() {
            return size;
        }

        void append(char c, int start, int end, int run) {
            if (size == chars.length) {
                // NFKC can expand one code point into several characters.
                int grown = size * 2;
                chars = Arrays.copyOf(chars, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                runs = Arrays.copyOf(runs, grown);
            }
            chars[size] = c;
            starts[size] = start;
            ends[size] = end;
            runs[size] = run;
            size++;
        }

        void copy(Buffer from, int i) {
            append(from.chars[i], from.starts[i], from.ends[i], from.runs[i]);
        }

        NormalizedText toText(String original) {
            return new NormalizedText(original, new String(chars, 0, size),
                    Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(runs, size));
        }
    }
}
