package dev.bulwark.classifier.hashbank;

/** A validated hash to add to a bank: the hash in lower-case hex, label and source optional. */
public record NewHashEntry(HashKind kind, String hash, String label, String source) {}
