package dev.bulwark.intake.error;

/** One invalid field of a request, named as in the proto contract (e.g. {@code content.text}). */
public record FieldViolation(String field, String description) {}
