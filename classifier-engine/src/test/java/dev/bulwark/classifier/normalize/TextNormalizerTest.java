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

    @Test
    void shouldRemoveBidiControlsAndKeepOffsets() {
        String original = "i\u202Ed\u2066i\u200Fo\u061Ct\u2069!";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("idiot!");
        assertThat(text.originalSpan(0, 5).of(original)).isEqualTo("i\u202Ed\u2066i\u200Fo\u061Ct");
    }

    @Test
    void shouldMapCyrillicAndGreekLookAlikesToLatinWithOffsetsOfEachLetter() {
        String cyrillic = "\u0456d\u0456\u043E\u0442";
        String greek = "\u03B9d\u03B9\u03BF\u03C4";
        String capitals = "\u0421\u041E\u0421\u041A";

        assertThat(normalizer.normalize(cyrillic).text()).isEqualTo("idiot");
        assertThat(normalizer.normalize(greek).text()).isEqualTo("idiot");
        assertThat(normalizer.normalize(capitals).text()).isEqualTo("cock");
        NormalizedText mixed = normalizer.normalize("an \u0456d\u0456\u043Et!");
        assertThat(mixed.originalSpan(3, 8).of("an \u0456d\u0456\u043Et!")).isEqualTo("\u0456d\u0456\u043Et");
        assertThat(mixed.originalSpan(3, 4)).isEqualTo(new Span(3, 4));
    }

    @Test
    void shouldKeepScriptsWithoutLatinLookAlikesReadable() {
        assertThat(normalizer.normalize("\u0434\u043B\u044F \u4F60\u597D").text()).isEqualTo("\u0434\u043B\u044F \u4F60\u597D");
    }

    @Test
    void shouldReadALigatureAsItsLettersWrittenApart() {
        // Arabic ligature yeh-heh: its heh has the Latin look-alike "o" when written on its own.
        assertThat(normalizer.normalize("\uFC9B").text()).isEqualTo(normalizer.normalize("\u064A\u0647").text());
    }

    @Test
    void shouldReplaceLoneSurrogatesSoThatHalvesAroundAnInvisibleNeverJoin() {
        NormalizedText text = normalizer.normalize("a\uD835\u202C\uDC2Db");

        assertThat(text.text()).isEqualTo("a\uFFFD\uFFFDb");
        assertThat(text.originalSpan(2, 3).of("a\uD835\u202C\uDC2Db")).isEqualTo("\uDC2D");
    }

    @Test
    void shouldDropAccentsAndStackedCombiningMarks() {
        String original = "i\u0336d\u0336\u0301i\u0336o\u0336t\u0336 \u00E9cole M\u00F6se";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("idiot ecole mose");
        assertThat(text.originalSpan(0, 5).of(original)).isEqualTo("i\u0336d\u0336\u0301i\u0336o\u0336t\u0336");
    }

    @Test
    void shouldFoldMathematicalAlphanumericsOutsideTheBasicPlaneWithSurrogateOffsets() {
        String original = "\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC28\uD835\uDC2D";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("idiot");
        assertThat(text.originalSpan(1, 2)).isEqualTo(new Span(2, 4));
    }

    @Test
    void shouldCaseFoldSharpS() {
        assertThat(normalizer.normalize("SCHEISSE schei\u00DFe").text()).isEqualTo("scheisse scheisse");
    }

    @Test
    void shouldReadExclamationMarkBetweenLettersAsI() {
        String original = "sh!t happens!";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("shit happens!");
        assertThat(text.originalSpan(2, 3).of(original)).isEqualTo("!");
    }

    @Test
    void shouldReadExclamationMarkBeforeALeetspeakDigitAsI() {
        assertThat(normalizer.normalize("sh!7 b!7ch").text()).isEqualTo("shit bitch");
    }

    @Test
    void shouldJoinLettersSeparatedByDotsHyphensOrUnderscores() {
        String original = "you i.d.i.o.t and p-a-t-h-e-t-i-c c_l_o_w_n";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("you idiot and pathetic clown");
        assertThat(text.originalSpan(4, 9).of(original)).isEqualTo("i.d.i.o.t");
    }

    @Test
    void shouldNotJoinInitialsOfTwoLetters() {
        assertThat(normalizer.normalize("e.g. this").text()).isEqualTo("e.g. this");
    }
}
