package dev.bulwark.classifier.tools.obfuscation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Each disguise, undone by hand, gives back the phrase; and each really changes it. */
class ObfuscationTest {

    private static final String PHRASE = "you are a pathetic idiot, so stop";

    private static String apply(Obfuscation obfuscation, int seed) {
        return obfuscation.apply(PHRASE, new Random(seed));
    }

    @Test
    void shouldLeaveThePlainPhraseAsItIs() {
        assertThat(apply(Obfuscation.PLAIN, 1)).isEqualTo(PHRASE);
    }

    @RepeatedTest(20)
    void shouldSwapLettersForDigitsAndSymbolsInLeet(RepetitionInfo run) {
        String leet = apply(Obfuscation.LEET, run.getCurrentRepetition());

        assertThat(leet).hasSameSizeAs(PHRASE).isNotEqualTo(PHRASE).containsPattern("[0-9@!$]");
        for (int i = 0; i < PHRASE.length(); i++) {
            if (leet.charAt(i) != PHRASE.charAt(i)) {
                assertThat("aeiostlbg").contains(String.valueOf(PHRASE.charAt(i)));
            }
        }
    }

    @RepeatedTest(20)
    void shouldSwapLettersForCyrillicOrGreekLookAlikes(RepetitionInfo run) {
        String homoglyph = apply(Obfuscation.HOMOGLYPH, run.getCurrentRepetition());

        assertThat(homoglyph).hasSameSizeAs(PHRASE).isNotEqualTo(PHRASE);
        for (int i = 0; i < PHRASE.length(); i++) {
            if (homoglyph.charAt(i) != PHRASE.charAt(i)) {
                assertThat(Character.UnicodeScript.of(homoglyph.charAt(i)))
                        .isIn(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);
            }
        }
        // NFKC does not fold look-alikes: that is why they evade a normaliser built on it.
        assertThat(Normalizer.normalize(homoglyph, Normalizer.Form.NFKC)).isNotEqualTo(PHRASE);
    }

    @RepeatedTest(20)
    void shouldHideInvisibleCharactersInsideWords(RepetitionInfo run) {
        String hidden = apply(Obfuscation.ZERO_WIDTH, run.getCurrentRepetition());

        assertThat(hidden).isNotEqualTo(PHRASE);
        assertThat(hidden.replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "")).isEqualTo(PHRASE);
        for (String word : hidden.split(" ")) {
            assertThat(word.length() == 1 || word.matches(".*[\\u200B\\u200C\\u200D\\u2060\\uFEFF].*")).as(word).isTrue();
        }
    }

    @Test
    void shouldSpaceOutLettersAndKeepWordsApart() {
        assertThat(apply(Obfuscation.SPACING, 1)).isEqualTo("y o u  a r e  a  p a t h e t i c  i d i o t ,  s o  s t o p");
    }

    @RepeatedTest(20)
    void shouldHoldDownALetterOfSomeWords(RepetitionInfo run) {
        String stretched = apply(Obfuscation.STRETCHED, run.getCurrentRepetition());

        assertThat(stretched).isNotEqualTo(PHRASE).containsPattern("(\\p{L})\\1\\1");
        assertThat(stretched.replaceAll("(\\p{L})\\1{2,}", "$1")).isEqualTo(PHRASE);
    }

    @Test
    void shouldUseFullWidthFormsThatNfkcFoldsBack() {
        String fullwidth = apply(Obfuscation.FULLWIDTH, 1);

        assertThat(fullwidth).doesNotContainPattern("[a-z ]");
        assertThat(Normalizer.normalize(fullwidth, Normalizer.Form.NFKC)).isEqualTo(PHRASE);
    }
}
