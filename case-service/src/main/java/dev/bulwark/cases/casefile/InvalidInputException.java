package dev.bulwark.cases.casefile;

import java.util.List;

/** Input that fails validation, with every field that is wrong (400 / INVALID_ARGUMENT at the edge). */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations.size() + " field(s)");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String description) {
        this(List.of(new FieldViolation(field, description)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
