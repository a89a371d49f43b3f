package dev.bulwark.classifier.signal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.PolicyLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledLexiconsTest {

    private static final LexiconSignalProvider BUNDLED = BundledLexicons.load();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final List<String> SOURCE_PACKAGES = List.of("cuss", "obscenity", "naughty-words");

    private static List<Signal> detect(String text) {
        return BUNDLED.detect(NORMALIZER.normalize(text));
    }

    @Test
    void shouldNameOnlyCategoriesOfTheBundledPolicy() {
        Set<String> policy = PolicyLoader.loadBundled().categories().stream().map(Category::id).collect(Collectors.toSet());

        assertThat(BundledLexicons.CATEGORIES).allSatisfy(category -> assertThat(policy).contains(category));
        assertThat(BundledLexicons.importedFiles()).filteredOn(file -> !file.allowList())
                .allSatisfy(file -> assertThat(policy).contains(file.category()));
    }

    @Test
    void shouldParseEveryImportedListAndFindEntriesInEach() {
        List<BundledLexicons.ImportedFile> files = BundledLexicons.importedFiles();

        assertThat(files).extracting(BundledLexicons.ImportedFile::source).contains(
                "cuss/en", "obscenity/en", "naughty-words/en", "naughty-words/de", "naughty-words/fr",
                "naughty-words/es", "naughty-words/it", "naughty-words/pt", "naughty-words/nl");
        assertThat(files).allSatisfy(file -> assertThat(BundledLexicons.readLines(file.resource()))
                .as(file.resource()).anyMatch(line -> !line.isBlank() && !line.startsWith("#")));
        for (BundledLexicons.ImportedFile file : files) {
            if (!file.allowList()) {
                assertThat(Lexicon.parse(file.category(), file.source(), BundledLexicons.readLines(file.resource())).terms())
                        .as(file.resource()).isNotEmpty();
            }
        }
        assertThat(BUNDLED.size()).isGreaterThan(1_500);
    }

    @Test
    void shouldKeepLicenceAndSourceOfEveryImportedPackage() {
        Set<String> packages = new HashSet<>();
        BundledLexicons.importedFiles().forEach(file -> packages.add(file.source().split("/")[0]));

        assertThat(SOURCE_PACKAGES).containsAll(packages);
        for (String pkg : SOURCE_PACKAGES) {
            assertThat(String.join("\n", BundledLexicons.readLines("lexicons/licenses/" + pkg + "/LICENSE")))
                    .as(pkg).containsAnyOf("Permission is hereby granted", "Attribution 4.0 International");
            assertThat(BundledLexicons.readLines("lexicons/licenses/" + pkg + "/SOURCE")).as(pkg)
                    .contains("package: " + pkg)
                    .anyMatch(line -> line.startsWith("version: "))
                    .anyMatch(line -> line.startsWith("integrity: sha512-"))
                    .anyMatch(line -> line.startsWith("tarball: https://"));
        }
    }

    @Test
    void shouldNeverAllowAWordTheLexiconsFlag() {
        AllowList allowed = AllowList.parse(allowListLines());
        Set<String> terms = new HashSet<>(BUNDLED.termKeys());

        assertThat(allowed.keys()).noneMatch(terms::contains);
    }

    @Test
    void shouldNameSourceAndLanguageInSignalsOfImportedLists() {
        assertThat(detect("what a wichser")).extracting(Signal::id).containsExactly("lexicon:harassment:naughty-words/de");
        assertThat(detect("quel connard")).extracting(Signal::id).containsExactly("lexicon:harassment:naughty-words/fr");
        assertThat(detect("you fucktard")).extracting(Signal::id).containsExactly("lexicon:harassment:cuss/en");
    }

    @Test
    void shouldCountATermOnceAndNotAgainInsideALongerTermOfItsCategory() {
        List<Signal> signals = detect("assholes, assholes");

        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.id()).isEqualTo("lexicon:harassment:cuss/en");
            assertThat(signal.weight()).isEqualTo(0.4);
            assertThat(signal.evidence()).hasSize(2);
        });
    }

    @Test
    void shouldCombineDistinctTermsOfOneSourceLikeTheCategoryScorer() {
        Signal signal = detect("fucking bullshit").get(0);

        assertThat(signal.id()).isEqualTo("lexicon:harassment:cuss/en");
        assertThat(signal.weight()).isCloseTo(1 - 0.8 * 0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldLetHandWrittenWeightsWinOverImportedOnesForTheSameTerm() {
        assertThat(detect("you idiot")).extracting(Signal::id, Signal::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lexicon:harassment:idiot", 0.6));
    }

    private static List<String> allowListLines() {
        List<String> lines = new java.util.ArrayList<>(BundledLexicons.readLines("lexicons/allow-list.txt"));
        BundledLexicons.importedFiles().stream().filter(BundledLexicons.ImportedFile::allowList)
                .forEach(file -> lines.addAll(BundledLexicons.readLines(file.resource())));
        return lines;
    }
}
