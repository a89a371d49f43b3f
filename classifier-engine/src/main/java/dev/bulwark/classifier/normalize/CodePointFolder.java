package dev.bulwark.classifier.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds one code point at a time to what it looks like to a reader, so every output character keeps
 * the span of the code point it came from: ICU's NFKC case fold (which also drops default-ignorable
 * characters such as zero-width and bidi controls), accents and other combining marks removed, and
 * look-alikes from other scripts (Cyrillic "а", Greek "ο", Latin "ɑ") replaced by ICU's confusable
 * skeleton when that skeleton is plain ASCII. Results are cached per code point.
 */
final class CodePointFolder {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final String REPLACEMENT = "\uFFFD";

    // Racy but safe: every writer stores the same immutable String for a code point.
    private final String[] basicPlane = new String[0x10000];
    private final ConcurrentHashMap<Integer, String> otherPlanes = new ConcurrentHashMap<>();

    /** The folded form of a non-ASCII code point: empty when it renders as nothing, " " for space. */
    String fold(int cp) {
        if (cp < basicPlane.length) {
            String folded = basicPlane[cp];
            if (folded == null) {
                folded = compute(cp);
                basicPlane[cp] = folded;
            }
            return folded;
        }
        return otherPlanes.computeIfAbsent(cp, CodePointFolder::compute);
    }

    private static String compute(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return "";
        }
        if (Character.getType(cp) == Character.SURROGATE) {
            // Half of a pair is no character; kept as it is, two halves around a dropped invisible
            // would join into a letter ("\uD835\u202C\uDC2D" into "𝐭") only when normalised again.
            return REPLACEMENT;
        }
        String folded = withoutMarks(NFKC_CASEFOLD.normalize(UCharacter.toString(cp)));
        if (folded.isEmpty() || isPrintableAscii(folded)) {
            return spacesNormalized(folded);
        }
        if (folded.codePointCount(0, folded.length()) > 1) {
            // A ligature such as "ﲛ" expands to letters that each have a look-alike of their own: fold
            // them one by one, as they are folded when the normalised text is normalised again.
            StringBuilder pieces = new StringBuilder();
            folded.codePoints().forEach(c -> pieces.append(c < 0x80 ? spacesNormalized(Character.toString(c)) : compute(c)));
            return pieces.toString();
        }
        String skeleton = SKELETONS.getSkeleton(folded);
        if (!isPrintableAscii(skeleton)) {
            // Lower-case look-alikes often have a small-capital skeleton ("т" -> "ᴛ") while their
            // capital has a plain one ("Т" -> "T").
            skeleton = SKELETONS.getSkeleton(UCharacter.toUpperCase(folded));
        }
        return isPrintableAscii(skeleton) ? spacesNormalized(NFKC_CASEFOLD.normalize(skeleton)) : folded;
    }

    /** Decomposes and drops combining marks, so "é" reads as "e" and stacked "Zalgo" marks vanish. */
    private static String withoutMarks(String s) {
        String decomposed = NFD.normalize(s);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(c);
            }
        });
        return NFKC_CASEFOLD.normalize(out);
    }

    private static boolean isPrintableAscii(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String spacesNormalized(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString();
    }
}
