package dev.bulwark.classifier.signal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconSignalProviderTest {

    private static final LexiconSignalProvider BUNDLED = BundledLexicons.load();
    private final TextNormalizer normalizer = new TextNormalizer();

    private List<Signal> detect(LexiconSignalProvider provider, String original) {
        return provider.detect(normalizer.normalize(original));
    }

    @Test
    void shouldLoadEveryBundledCategory() {
        NormalizedText text = normalizer.normalize("x");
        assertThat(BUNDLED.version()).isEqualTo(BundledLexicons.VERSION);
        assertThat(BUNDLED.detect(text)).isEmpty();
        assertThat(BundledLexicons.CATEGORIES).hasSize(11);
    }

    @Test
    void shouldMatchTermsWithEvidenceInOriginalText() {
        String original = "y0u are a p a t h e t i c 1d10t";
        List<Signal> signals = detect(BUNDLED, original);

        assertThat(signals).extracting(Signal::id)
                .containsExactlyInAnyOrder("lexicon:harassment:idiot", "lexicon:harassment:pathetic");
        assertThat(signals).allSatisfy(s -> assertThat(s.category()).isEqualTo("harassment"));
        Signal idiot = signals.stream().filter(s -> s.id().endsWith(":idiot")).findFirst().orElseThrow();
        assertThat(idiot.weight()).isEqualTo(0.6);
        assertThat(idiot.evidence()).singleElement().satisfies(span -> assertThat(span.of(original)).isEqualTo("1d10t"));
    }

    @Test
    void shouldMatchOnlyOnWordBoundaries() {
        assertThat(detect(BUNDLED, "The assassin visited Scunthorpe and had a cocktail; great skills.")).isEmpty();
        assertThat(detect(BUNDLED, "That was a stable idiotic plan")).isEmpty();
    }

    @Test
    void shouldGuardAllowListedWordsWhenSpacedOut() {
        assertThat(detect(BUNDLED, "s k i l l s")).isEmpty();
        assertThat(detect(BUNDLED, "a s s a s s i n")).isEmpty();
        assertThat(detect(BUNDLED, "k i l l")).extracting(Signal::id).containsExactly("lexicon:violence:kill");
    }

    @Test
    void shouldLetAllowListSuppressPrefixMatchesInsideInnocentWords() {
        Lexicon lexicon = Lexicon.parse("sexual", List.of("cock* 0.3"));
        LexiconSignalProvider guarded = new LexiconSignalProvider("t@1", List.of(lexicon), AllowList.parse(List.of("cocktail")));
        LexiconSignalProvider unguarded = new LexiconSignalProvider("t@1", List.of(lexicon), AllowList.empty());

        assertThat(detect(unguarded, "one cocktail please")).hasSize(1);
        assertThat(detect(guarded, "one cocktail please")).isEmpty();
        assertThat(detect(guarded, "one cockerel please")).hasSize(1);
    }

    @Test
    void shouldMatchPhrasesAcrossPunctuationAndCollectEveryOccurrence() {
        String original = "I will KILL... you. Really, kill you!";
        List<Signal> signals = detect(BUNDLED, original);

        Signal threat = signals.stream().filter(s -> s.id().equals("lexicon:harassment/threatening:kill you"))
                .findFirst().orElseThrow();
        assertThat(threat.evidence()).extracting(span -> span.of(original)).containsExactly("KILL... you", "kill you");
    }

    @Test
    void shouldMatchStretchedLetters() {
        assertThat(detect(BUNDLED, "what an idiooooooot")).extracting(Signal::id).containsExactly("lexicon:harassment:idiot");
    }

    @Test
    void shouldRejectMalformedLines() {
        assertThatThrownBy(() -> Lexicon.parse("spam", List.of("# fine", "nonumber")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Lexicon.parse("spam", List.of("too strong 1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
