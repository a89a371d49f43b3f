package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting, on chosen scores: chat's thresholds are 0.50 / 0.85 by default and 0.60 / 0.90 for spam. */
class EvaluatorTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();

    /** Each text is a category and a score: "harassment 0.7" scores harassment 0.7 and everything else 0. */
    private static List<CategoryScore> score(String text) {
        String[] parts = text.split(" ");
        return List.of(new CategoryScore(parts[0], Double.parseDouble(parts[1]), Severity.MEDIUM));
    }

    private static LabelledText row(String text, Set<String> labels, String variant) {
        return new LabelledText(1, null, text, labels, variant);
    }

    private final Evaluator evaluator = new Evaluator(EvaluatorTest::score, POLICY, CHAT);

    @Test
    void shouldPredictAtEachLevelFromTheSurfaceThresholds() {
        evaluator.accept(row("harassment 0.7", Set.of("harassment"), null));
        evaluator.accept(row("harassment 0.85", Set.of("harassment"), null));
        evaluator.accept(row("spam 0.55", Set.of("spam"), null));

        SliceMetrics all = evaluator.report(List.of()).all();

        assertThat(metrics(all, Level.REVIEW, "harassment").truePositives()).isEqualTo(2);
        assertThat(metrics(all, Level.BLOCK, "harassment").truePositives()).isEqualTo(1);
        assertThat(metrics(all, Level.BLOCK, "harassment").falseNegatives()).isEqualTo(1);
        // 0.55 reaches the default review threshold but not spam's own 0.60.
        assertThat(metrics(all, Level.REVIEW, "spam").falseNegatives()).isEqualTo(1);
    }

    @Test
    void shouldSliceByVariantInTheOrderVariantsAppear() {
        evaluator.accept(row("harassment 0.9", Set.of("harassment"), "plain"));
        evaluator.accept(row("harassment 0.1", Set.of("harassment"), "leet"));
        evaluator.accept(row("harassment 0.6", Set.of("harassment"), "plain"));
        evaluator.accept(row("fraud 0.6", Set.of(), "clean"));

        EvaluationReport report = evaluator.report(List.of());

        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.variants()).extracting(SliceMetrics::name).containsExactly("plain", "leet", "clean");
        assertThat(report.variants()).extracting(SliceMetrics::rows).containsExactly(2L, 1L, 1L);
        assertThat(metrics(slice(report, "plain"), Level.REVIEW, "harassment").recall()).isEqualTo(1.0);
        assertThat(metrics(slice(report, "plain"), Level.BLOCK, "harassment").recall()).isEqualTo(0.5);
        assertThat(metrics(slice(report, "leet"), Level.REVIEW, "harassment").recall()).isEqualTo(0.0);
        assertThat(metrics(slice(report, "clean"), Level.REVIEW, "fraud").falsePositives()).isEqualTo(1);
        assertThat(metrics(report.all(), Level.REVIEW, "harassment").recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void shouldGroupRowsWithoutAVariantOnceOthersHaveOne() {
        evaluator.accept(row("harassment 0.9", Set.of("harassment"), "plain"));
        evaluator.accept(row("harassment 0.9", Set.of("harassment"), null));

        assertThat(evaluator.report(List.of()).variants()).extracting(SliceMetrics::name)
                .containsExactly("plain", Evaluator.NO_VARIANT);
    }

    @Test
    void shouldHaveNoVariantSlicesWhenNoRowNamesOne() {
        evaluator.accept(row("harassment 0.9", Set.of("harassment"), null));

        assertThat(evaluator.report(List.of()).variants()).isEmpty();
    }

    private static SliceMetrics slice(EvaluationReport report, String name) {
        return report.variants().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static CategoryMetrics metrics(SliceMetrics slice, Level level, String category) {
        return slice.at(level).categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
    }
}
