package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.tools.dataset.LabelledText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The examples a model trains on: every text whole, then up to a number of its paragraphs (the
 * subject of an email is its first) with the text's label, skipping those with fewer than
 * {@value #MIN_LETTERS} letters and a paragraph that is the whole text.
 */
final class TrainingExamples {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final int MIN_LETTERS = 3;

    private TrainingExamples() {}

    static List<LabelledText> of(List<LabelledText> texts, int paragraphsPerText) {
        List<LabelledText> examples = new ArrayList<>(texts);
        for (LabelledText text : texts) {
            int taken = 0;
            for (String paragraph : PARAGRAPH_BREAK.split(text.text())) {
                if (taken == paragraphsPerText) {
                    break;
                }
                String stripped = paragraph.strip();
                if (stripped.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS && !stripped.equals(text.text())) {
                    taken++;
                    examples.add(new LabelledText(text.id() + "#" + taken, stripped, text.spam()));
                }
            }
        }
        return examples;
    }
}
