package dev.bulwark.classifier.hashbank;

/** A hash as a caller sent it, before validation: every field may be missing or wrong. */
public record HashEntryRequest(String kind, String hash, String label, String source) {}
