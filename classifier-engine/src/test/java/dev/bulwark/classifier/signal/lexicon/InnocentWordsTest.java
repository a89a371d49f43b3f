package dev.bulwark.classifier.signal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Scunthorpe problem: innocent words that contain a lexicon entry are not flagged. */
class InnocentWordsTest {

    private static final LexiconSignalProvider BUNDLED = BundledLexicons.load();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static Stream<String> allowListedWords() {
        return BundledLexicons.importedFiles().stream().filter(BundledLexicons.ImportedFile::allowList)
                .flatMap(file -> BundledLexicons.readLines(file.resource()).stream())
                .filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowListedWords")
    void shouldNotFlagWhitelistedTermsOfTheImportedLists(String word) {
        assertThat(BUNDLED.detect(NORMALIZER.normalize("look: " + word + " here"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Scunthorpe", "Penistone", "assassin", "assessment", "assignment", "assumption", "assortment", "classic",
        "bass", "compass", "embarrass", "cockney", "cocktail", "cockpit", "cockroach", "peacock", "shuttlecock",
        "cumulative", "cumbersome", "cumin", "analysis", "analogue", "tetanus", "Uranus", "manuscript", "Dickens",
        "Montenegro", "shitake", "snigger", "rapper", "kung fu", "arsenal", "therapist", "grapefruit", "Sussex",
        "Essex", "title", "titter", "raccoon", "tycoon", "cocoon", "spice", "niggardly", "skills", "Wankel",
        "Fukushima", "cocksure", "Clitheroe", "butter", "scrapbook", "hello"})
    void shouldNotFlagInnocentWordsThatContainAnEntry(String word) {
        assertThat(BUNDLED.detect(NORMALIZER.normalize("The " + word + " was mentioned."))).isEmpty();
    }
}
