package dev.bulwark.classifier.tools.obfuscation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.tools.evaluate.CategoryMetrics;
import dev.bulwark.classifier.tools.evaluate.EvaluationReport;
import dev.bulwark.classifier.tools.evaluate.Evaluator;
import dev.bulwark.classifier.tools.evaluate.LabelledTextReader;
import dev.bulwark.classifier.tools.evaluate.Level;
import dev.bulwark.classifier.tools.evaluate.SliceMetrics;
import dev.bulwark.classifier.tools.texts.BundledTexts;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObfuscationSetTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();

    private static String generate(long seed) {
        StringBuilder out = new StringBuilder();
        ObfuscationSetCommand.write(seed, out);
        return out.toString();
    }

    private static List<SetRow> rows() {
        List<SetRow> rows = new ArrayList<>();
        ObfuscationSet.bundled().generate(ObfuscationSet.DEFAULT_SEED, rows::add);
        return rows;
    }

    @Test
    void shouldGenerateTheSameSetEveryTime() {
        assertThat(generate(ObfuscationSet.DEFAULT_SEED)).isEqualTo(generate(ObfuscationSet.DEFAULT_SEED));
        assertThat(generate(7)).isNotEqualTo(generate(ObfuscationSet.DEFAULT_SEED));
    }

    @Test
    void shouldEmitEveryPhraseAndEveryCleanMessageInEveryVariant() {
        List<SetRow> rows = rows();

        assertThat(rows).extracting(SetRow::variant).containsOnly(
                Arrays.stream(Obfuscation.values()).map(Obfuscation::id).toArray(String[]::new));
        assertThat(new HashSet<>(rows.stream().map(SetRow::id).toList())).hasSameSizeAs(rows);
        for (Obfuscation obfuscation : Obfuscation.values()) {
            List<SetRow> variant = rows.stream().filter(r -> r.variant().equals(obfuscation.id())).toList();
            assertThat(variant.stream().filter(r -> r.labels().isEmpty()).count()).as(obfuscation.id()).isEqualTo(24);
            assertThat(variant.stream().filter(r -> !r.labels().isEmpty()).count()).as(obfuscation.id()).isEqualTo(33);
        }
    }

    @Test
    void shouldFrameEveryVariantOfAPhraseAlike() {
        String plainPhrase = BundledTexts.harmfulPhrases().get(0).phrase();
        List<SetRow> phrase = rows().stream().filter(r -> r.id().startsWith("harmful-01-")).toList();
        String plain = phrase.get(0).text();
        String before = plain.substring(0, plain.indexOf(plainPhrase));
        String after = plain.substring(plain.indexOf(plainPhrase) + plainPhrase.length());

        assertThat(phrase).hasSize(Obfuscation.values().length);
        assertThat(before + after).isNotBlank();
        assertThat(phrase).allSatisfy(row -> assertThat(row.text()).startsWith(before).endsWith(after));
    }

    /** A phrase the classifier misses even undisguised would measure nothing about disguises. */
    @Test
    void shouldHoldOnlyPhrasesTheClassifierFindsUndisguised() throws Exception {
        Classifier classifier = Classifier.withBundledRules();
        Evaluator evaluator = new Evaluator(text -> classifier.classify(POLICY, CHAT, text).scores(), POLICY, CHAT);
        new LabelledTextReader(POLICY.categories().stream().map(Category::id).toList())
                .read(new BufferedReader(new StringReader(generate(ObfuscationSet.DEFAULT_SEED))), evaluator::accept);

        EvaluationReport report = evaluator.report(classifier.modelVersions());

        assertThat(report.variants()).extracting(SliceMetrics::name)
                .containsExactly("plain", "leet", "homoglyph", "zero-width", "spacing", "stretched", "fullwidth");
        CategoryMetrics plain = report.variants().get(0).at(Level.REVIEW).averages().micro();
        assertThat(plain.recall()).isEqualTo(1.0);
        assertThat(plain.falsePositives()).isZero();
    }
}
