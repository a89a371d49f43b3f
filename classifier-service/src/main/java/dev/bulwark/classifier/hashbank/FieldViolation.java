package dev.bulwark.classifier.hashbank;

/** One invalid field of a request, by its path (for example {@code hashes[3].hash}). */
public record FieldViolation(String field, String description) {}
