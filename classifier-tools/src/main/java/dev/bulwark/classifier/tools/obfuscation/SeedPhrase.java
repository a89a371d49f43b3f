package dev.bulwark.classifier.tools.obfuscation;

/** A phrase that belongs to a policy category, to be disguised. */
public record SeedPhrase(String category, String phrase) {}
