package dev.bulwark.cases.casefile;

/** One invalid input field; the description never repeats the submitted value. */
public record FieldViolation(String field, String description) {}
