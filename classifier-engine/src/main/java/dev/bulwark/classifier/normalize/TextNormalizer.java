package dev.bulwark.classifier.normalize;

import java.util.Arrays;

/**
 * Undoes common evasions before matching: compatibility forms and case (ICU NFKC case fold),
 * invisible and bidi control characters, accents, look-alike letters from other scripts, leetspeak,
 * spaced-out letters and stretched letters, keeping each character's original span.
 */
public final class TextNormalizer {

    /** Version of the normalisation rules, reported with the scores. */
    public static final String VERSION = "normalizer@2";

    private static final CodePointFolder FOLDER = new CodePointFolder();
    private static final char[] LEET = leetTable();
    private static final int MIN_SPACED_RUN = 3;
    private static final int MAX_REPEAT = 2;

    public NormalizedText normalize(String original) {
        Buffer buffer = foldCodePoints(original);
        mapLeetspeak(buffer);
        buffer = joinSpacedLetters(buffer);
        buffer = collapseRepeats(buffer);
        return buffer.toText(original);
    }

    /** Folds every code point and collapses whitespace runs to one space. */
    private static Buffer foldCodePoints(String original) {
        Buffer out = new Buffer(original.length());
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c < 0x80) {
                // ASCII needs no table: lower case and whitespace are all NFKC case folding does to it.
                out.appendFolded(c <= ' ' && Character.isWhitespace(c) ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, i + 1);
                i++;
            } else {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String folded = FOLDER.fold(cp);
                for (int k = 0; k < folded.length(); k++) {
                    out.appendFolded(folded.charAt(k), i, next);
                }
                if (folded.isEmpty() && out.length() > 0 && isCombiningMark(cp)) {
                    // A dropped mark belongs to the letter it sits on, so evidence covers it.
                    out.ends[out.length() - 1] = next;
                }
                i = next;
            }
        }
        return out;
    }

    /**
     * Leetspeak only inside words that also contain a letter, so plain numbers stay numbers; "!" only
     * between two letters ("sh!t"), so exclamations stay exclamations.
     */
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
                    char c = buffer.chars[i];
                    if (c < LEET.length && LEET[c] != 0) {
                        buffer.chars[i] = LEET[c];
                    }
                }
                // After the digits, so "sh!7" reads as "shit": its "!" sits between letters only once "7" is "t".
                for (int i = start + 1; i + 1 < end; i++) {
                    if (buffer.chars[i] == '!' && Character.isLetter(buffer.chars[i - 1]) && Character.isLetter(buffer.chars[i + 1])) {
                        buffer.chars[i] = 'i';
                    }
                }
            }
            start = end + 1;
        }
    }

    private static char[] leetTable() {
        char[] table = new char[0x80];
        String from = "013457@$";
        String to = "oieastas";
        for (int i = 0; i < from.length(); i++) {
            table[from.charAt(i)] = to.charAt(i);
        }
        return table;
    }

    private static Buffer joinSpacedLetters(Buffer in) {
        Buffer out = new Buffer(in.length());
        int run = 0;
        int i = 0;
        while (i < in.length()) {
            int end = spacedRunEnd(in, i);
            if (end < 0) {
                out.copy(in, i);
                i++;
                continue;
            }
            run++;
            for (int k = i; k < end; k++) {
                if (Character.isLetter(in.chars[k])) {
                    out.append(in.chars[k], in.starts[k], in.ends[k], run);
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * End of a run of at least {@link #MIN_SPACED_RUN} single letters starting at {@code i}, each
     * separated from the next by the same one space, dot, hyphen or underscore ("p a t h",
     * "p.a.t.h"), or -1. A letter is what one code point folded to, so "ß" (folded to "ss") is one.
     */
    private static int spacedRunEnd(Buffer in, int i) {
        if (i > 0 && Character.isLetterOrDigit(in.chars[i - 1])) {
            return -1;
        }
        int count = 0;
        int end = -1;
        char spacer = 0;
        int p = i;
        while (p < in.length() && Character.isLetter(in.chars[p])) {
            int letterEnd = p + 1;
            while (letterEnd < in.length() && in.starts[letterEnd] == in.starts[p] && Character.isLetter(in.chars[letterEnd])) {
                letterEnd++;
            }
            if (letterEnd < in.length() && Character.isLetterOrDigit(in.chars[letterEnd])) {
                break;
            }
            count++;
            end = letterEnd;
            if (letterEnd == in.length() || !isSpacer(in.chars[letterEnd]) || (spacer != 0 && in.chars[letterEnd] != spacer)) {
                break;
            }
            spacer = in.chars[letterEnd];
            p = letterEnd + 1;
        }
        return count >= MIN_SPACED_RUN ? end : -1;
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpacer(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_';
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

        /** Appends a folded character, dropping a space that follows a space. */
        void appendFolded(char c, int start, int end) {
            if (c != ' ' || size == 0 || chars[size - 1] != ' ') {
                append(c, start, end, 0);
            }
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
