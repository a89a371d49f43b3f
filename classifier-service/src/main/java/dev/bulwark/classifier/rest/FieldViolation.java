package dev.bulwark.classifier.rest;

/** One invalid field of a request: its path as the API names it, and what is wrong (never the value). */
public record FieldViolation(String field, String description) {}
