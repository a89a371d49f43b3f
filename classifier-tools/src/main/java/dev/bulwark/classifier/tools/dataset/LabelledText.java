package dev.bulwark.classifier.tools.dataset;

/**
 * A text to classify with its gold label.
 *
 * @param id stable id of the source message
 * @param text what the classifier reads
 * @param spam whether the text is spam
 */
public record LabelledText(String id, String text, boolean spam) {}
