package dev.bulwark.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void shouldUndoLeetspeakAndSpacedOutLetters() {
        NormalizedText text = normalizer.normalize("y0u are a p a t h e t i c 1d10t");

        assertThat(text.text()).isEqualTo("you are apathetic idiot");
    }

    @Test
    void shouldMapEvidenceOfNormalisedWordBackToOriginalSubstring() {
        String original = "y0u are a p a t h e t i c 1d10t";
        NormalizedText text = normalizer.normalize(original);

        int idiot = text.text().indexOf("idiot");
        int pathetic = text.text().indexOf("pathetic");

        assertThat(text.originalSpan(idiot, idiot + 5).of(original)).isEqualTo("1d10t");
        assertThat(text.originalSpan(pathetic, pathetic + 8).of(original)).isEqualTo("p a t h e t i c");
    }

    @Test
    void shouldTreatEveryLetterOfASpacedOutRunAsWordBoundary() {
        NormalizedText text = normalizer.normalize("are a p a t h e t i c");
        int pathetic = text.text().indexOf("pathetic");

        assertThat(text.isBoundary(pathetic)).isTrue();
        assertThat(normalizer.normalize("apathetic").isBoundary(1)).isFalse();
    }

    @Test
    void shouldNotJoinRunsOfFewerThanThreeSingleLetters() {
        assertThat(normalizer.normalize("a b test").text()).isEqualTo("a b test");
        assertThat(normalizer.normalize("x y z test").text()).isEqualTo("xyz test");
    }

    @Test
    void shouldFoldCompatibilityFormsAndCase() {
        NormalizedText text = normalizer.normalize("ＩＤＩＯＴ ﬁne");

        assertThat(text.text()).isEqualTo("idiot fine");
        assertThat(text.originalSpan(6, 7).of("ＩＤＩＯＴ ﬁne")).isEqualTo("ﬁ");
    }

    @Test
    void shouldRemoveInvisibleCharactersAndKeepOffsetsIntoOriginal() {
        String original = "say i\u200Bd\u00ADi\u202Eo\uFEFFt now";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("say idiot now");
        assertThat(text.originalSpan(4, 9).of(original)).isEqualTo("i\u200Bd\u00ADi\u202Eo\uFEFFt");
    }

    @Test
    void shouldCollapseStretchedLettersToTwoCoveringTheWholeStretch() {
        String original = "idiooooot gooood";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("idioot good");
        assertThat(text.originalSpan(0, 6).of(original)).isEqualTo("idiooooot");
    }

    @Test
    void shouldLeavePlainNumbersAlone() {
        assertThat(normalizer.normalize("call 555 0100, h3ll0 w0rld").text()).isEqualTo("call 555 0100, hello world");
    }

    @Test
    void shouldCountOffsetsInUtf16UnitsAroundSurrogatePairs() {
        String original = "\uD83D\uDE00 1d10t";
        NormalizedText text = normalizer.normalize(original);
        int idiot = text.text().indexOf("idiot");

        assertThat(text.originalSpan(idiot, idiot + 5)).isEqualTo(new Span(3, 8));
    }

    @Test
    void shouldCollapseWhitespaceRuns() {
        assertThat(normalizer.normalize("a\t\n  lot\u00A0of   space").text()).isEqualTo("a lot of space");
    }
}
