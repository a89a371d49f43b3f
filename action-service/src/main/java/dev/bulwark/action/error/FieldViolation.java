package dev.bulwark.action.error;

/** One invalid field of a request: the field path as the API names it, and what is wrong. */
public record FieldViolation(String field, String description) {}
