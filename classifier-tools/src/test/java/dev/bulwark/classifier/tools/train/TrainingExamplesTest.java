package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.tools.dataset.LabelledText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingExamplesTest {

    @Test
    void shouldAddTheFirstParagraphsWithTheTextsLabel() {
        LabelledText email = new LabelledText("spam-1/1", "Cheap pills\n\nBuy now\n  \n--\n\nok\n\nLast words here", true);

        List<LabelledText> examples = TrainingExamples.of(List.of(email), 3);

        assertThat(examples).containsExactly(
                email,
                new LabelledText("spam-1/1#1", "Cheap pills", true),
                new LabelledText("spam-1/1#2", "Buy now", true),
                new LabelledText("spam-1/1#3", "Last words here", true));
    }

    @Test
    void shouldNotRepeatATextThatIsOneParagraph() {
        LabelledText note = new LabelledText("easy-ham-1/1", "See you there", false);

        assertThat(TrainingExamples.of(List.of(note), 10)).containsExactly(note);
    }
}
