package dev.bulwark.classifier.tools.evaluate;

import java.util.Set;

/**
 * One row of an evaluation file.
 *
 * @param line the row's line number in the file, for messages
 * @param id the row's own id, or {@code null}
 * @param labels the categories the text belongs to; empty for a clean text
 * @param variant the slice the row belongs to (for example an obfuscation), or {@code null}
 */
public record LabelledText(long line, String id, String text, Set<String> labels, String variant) {

    public LabelledText {
        labels = Set.copyOf(labels);
    }
}
