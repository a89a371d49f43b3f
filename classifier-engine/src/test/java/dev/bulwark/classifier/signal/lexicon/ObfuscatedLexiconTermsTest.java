package dev.bulwark.classifier.signal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every evasion the normaliser undoes, applied to real entries of every imported list: the entry
 * must still be found, in its category, with evidence covering exactly what was written.
 */
class ObfuscatedLexiconTermsTest {

    private static final LexiconSignalProvider BUNDLED = BundledLexicons.load();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final int SAMPLES_PER_LIST = 6;

    /** One way of hiding a word; null where it does not apply to the word. */
    enum Obfuscation {
        PLAIN(word -> word),
        LEET(word -> replaceAll(word, "aeiost", "431057", true)),
        CYRILLIC(word -> replaceAll(word, "aceijopsxy", "\u0430\u0441\u0435\u0456\u0458\u043E\u0440\u0455\u0445\u0443", false)),
        GREEK(word -> replaceAll(word, "aiokpuv", "\u03B1\u03B9\u03BF\u03BA\u03C1\u03C5\u03BD", false)),
        ZERO_WIDTH(word -> interleave(word, "\u200B\u200C\u200D\u2060\uFEFF\u00AD")),
        BIDI(word -> interleave(word, "\u202E\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u061C")),
        SPACED(word -> String.join(" ", word.split(""))),
        DOTTED(word -> String.join(".", word.split(""))),
        STRETCHED(word -> word.replaceAll("(.)", "$1$1$1$1")),
        FULLWIDTH(word -> word.chars().collect(StringBuilder::new,
                (b, c) -> b.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 0xFF21) : (char) c), StringBuilder::append).toString()),
        UPPER_AND_ZERO_WIDTH(word -> interleave(word.toUpperCase(Locale.ROOT), "\u200B"));

        private final UnaryOperator<String> hide;

        Obfuscation(UnaryOperator<String> hide) {
            this.hide = hide;
        }

        /** Replaces the letters of {@code from} by those of {@code to}; null if none was replaced. */
        private static String replaceAll(String word, String from, String to, boolean keepALetter) {
            StringBuilder out = new StringBuilder(word.length());
            boolean replaced = false;
            for (char c : word.toCharArray()) {
                int k = from.indexOf(c);
                out.append(k < 0 ? c : to.charAt(k));
                replaced |= k >= 0;
            }
            boolean hasLetter = out.chars().anyMatch(Character::isLetter);
            return replaced && (hasLetter || !keepALetter) ? out.toString() : null;
        }

        private static String interleave(String word, String fillers) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                if (i > 0) {
                    out.append(fillers.charAt(i % fillers.length()));
                }
                out.append(word.charAt(i));
            }
            return out.toString();
        }
    }

    /** Evenly spaced single-word entries of every imported list, hidden every way that applies to them. */
    static Stream<Arguments> samples() {
        List<Arguments> samples = new ArrayList<>();
        for (BundledLexicons.ImportedFile file : BundledLexicons.importedFiles()) {
            if (file.allowList()) {
                continue;
            }
            List<String> words = Lexicon.parse(file.category(), file.source(), BundledLexicons.readLines(file.resource()))
                    .terms().stream().map(LexiconTerm::term).filter(t -> t.matches("\\p{L}{4,}")).toList();
            int step = Math.max(1, words.size() / SAMPLES_PER_LIST);
            for (int i = 0; i < words.size() && i / step < SAMPLES_PER_LIST; i += step) {
                for (Obfuscation obfuscation : Obfuscation.values()) {
                    String hidden = obfuscation.hide.apply(words.get(i));
                    if (hidden != null) {
                        samples.add(Arguments.of(file.source(), file.category(), words.get(i), obfuscation, hidden));
                    }
                }
            }
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" {3}")
    @MethodSource("samples")
    void shouldDetectObfuscatedEntryInItsCategoryWithEvidenceOfWhatWasWritten(
            String source, String category, String word, Obfuscation obfuscation, String hidden) {
        String original = "ok so " + hidden + " then";
        List<Signal> signals = BUNDLED.detect(NORMALIZER.normalize(original));

        assertThat(signals).as("%s from %s written as %s", word, source, hidden)
                .anySatisfy(signal -> {
                    assertThat(signal.category()).isEqualTo(category);
                    assertThat(signal.id()).startsWith("lexicon:" + category + ":");
                    assertThat(signal.evidence()).anySatisfy(span -> assertThat(span.of(original)).isEqualTo(hidden));
                });
    }
}
