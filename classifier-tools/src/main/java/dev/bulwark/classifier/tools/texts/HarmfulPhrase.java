package dev.bulwark.classifier.tools.texts;

/** A phrase that belongs to a policy category. */
public record HarmfulPhrase(String category, String phrase) {}
