package dev.bulwark.classifier.tools.obfuscation;

import java.util.List;

/** One row of the obfuscation set, in the shape {@code evaluate} reads. */
public record SetRow(String id, String text, List<String> labels, String variant) {

    public SetRow {
        labels = List.copyOf(labels);
    }
}
