package dev.bulwark.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/**
 * Any text a user can send, including lone surrogate halves, normalises without failing, its spans
 * stay inside the original, it holds no unpaired surrogate, and normalising the result again changes
 * nothing.
 *
 * <p>Under {@code mvn verify} this replays the inputs in {@code TextNormalizerFuzzTestInputs/normalize/}
 * (UTF-16BE, so they can hold unpaired surrogates). To fuzz, from the repository root:
 * {@code JAZZER_FUZZ=1 ./mvnw -q verify -pl classifier-engine -am -Dtest=TextNormalizerFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s}; a failing input is written to the
 * inputs directory, to be kept there as a regression seed once fixed.
 */
class TextNormalizerFuzzTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @FuzzTest
    void normalize(byte[] data) {
        // Every two bytes make one UTF-16 unit, unchecked, as a Java string can hold them.
        String original = ByteBuffer.wrap(data).asCharBuffer().toString();

        NormalizedText text = normalizer.normalize(original);

        assertThat(text.original()).isSameAs(original);
        for (int i = 0; i < text.length(); i++) {
            Span span = text.originalSpan(i, i + 1);
            assertThat(span.start()).isBetween(0, span.end());
            assertThat(span.end()).isLessThanOrEqualTo(original.length());
        }
        assertThat(text.text().chars().filter(c -> Character.isSurrogate((char) c)).count())
                .isEqualTo(2 * text.text().codePoints().filter(Character::isSupplementaryCodePoint).count());
        assertThat(normalizer.normalize(text.text()).text()).isEqualTo(text.text());
    }
}
