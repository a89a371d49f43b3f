package dev.bulwark.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.intake.classification.Classification.Signal;
import dev.bulwark.intake.classification.Classification.Span;
import dev.bulwark.intake.submission.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static Signal signal(String id, String category) {
        return new Signal(id, category, 0.9, List.of(new Span(0, 4)));
    }

    @Test
    void shouldNameTheSignalsOfACategoryOnceEachInTheOrderFound() {
        Classification c = new Classification(Verdict.BLOCK, List.of(), List.of(),
                List.of(signal("lexicon:violence", "violence"), signal("pii:email", "pii"),
                        signal("model:violence", "violence"), signal("lexicon:violence", "violence")),
                "v1", List.of("lexicon-1"), false);

        assertThat(c.signalIdsFor("violence")).containsExactly("lexicon:violence", "model:violence");
        assertThat(c.signalIdsFor("spam")).isEmpty();
    }
}
