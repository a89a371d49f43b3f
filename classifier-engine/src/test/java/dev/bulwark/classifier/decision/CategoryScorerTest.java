package dev.bulwark.classifier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryScorerTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private final CategoryScorer scorer = new CategoryScorer();

    private static Signal signal(String category, double weight) {
        return new Signal("test:" + category + ":" + weight, category, weight, List.of(new Span(0, 1)));
    }

    @Test
    void shouldCombineSignalsOfOneCategoryAsNoisyOr() {
        List<CategoryScore> scores = scorer.score(POLICY, List.of(signal("harassment", 0.6), signal("harassment", 0.4)));

        assertThat(scores.get(0)).isEqualTo(new CategoryScore("harassment", 0.76, Severity.MEDIUM));
    }

    @Test
    void shouldGiveOneScorePerPolicyCategoryHighestFirst() {
        List<CategoryScore> scores = scorer.score(POLICY, List.of(signal("spam", 0.3), signal("hate", 0.5)));

        assertThat(scores).hasSize(POLICY.categories().size());
        assertThat(scores).extracting(CategoryScore::category).startsWith("hate", "spam");
        assertThat(scores.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(scores.subList(2, scores.size())).allSatisfy(s -> assertThat(s.score()).isZero());
    }

    @Test
    void shouldIgnoreSignalsOfCategoriesThePolicyDoesNotDefine() {
        List<CategoryScore> scores = scorer.score(POLICY, List.of(signal("made-up", 0.9)));

        assertThat(scores).extracting(CategoryScore::category).doesNotContain("made-up");
        assertThat(scores).allSatisfy(s -> assertThat(s.score()).isZero());
    }

    @Test
    void shouldKeepASingleSignalExactlyAtItsWeight() {
        assertThat(scorer.score(POLICY, List.of(signal("violence", 0.85))).get(0).score()).isEqualTo(0.85);
    }
}
