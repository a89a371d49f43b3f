package dev.bulwark.cases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void shouldSplitWordsOnWhitespaceAndPunctuationAndCutRepeatedLetters() {
        assertThat(TextFeatures.words("  so...  gooood, 1000 times!")).containsExactly("so", "god", "1000", "times");
    }

    @Test
    void shouldUseWordThreeShinglesFromFourWords() {
        assertThat(TextFeatures.of("buy cheap meds now")).containsExactly("buy cheap meds", "cheap meds now");
    }

    @Test
    void shouldFallBackToCharacterFourGramsUnderFourWords() {
        assertThat(TextFeatures.of("buy pills!")).containsExactly("buy ", "uy p", "y pi", " pil", "pils");
        assertThat(TextFeatures.of("kys")).containsExactly("kys");
    }

    @Test
    void shouldHaveNoFeaturesWithoutLettersOrDigits() {
        assertThat(TextFeatures.of("?! ...")).isEmpty();
    }
}
