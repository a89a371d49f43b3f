package dev.bulwark.intake.error;

import java.util.List;

/** A request refused for bad input; carries every violation found. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super("invalid request: " + violations.size() + " field violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
