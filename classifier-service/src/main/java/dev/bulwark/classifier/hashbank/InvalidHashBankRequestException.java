package dev.bulwark.classifier.hashbank;

import java.util.List;

/** A hash-bank request with invalid fields, every one of them named. */
public final class InvalidHashBankRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidHashBankRequestException(List<FieldViolation> violations) {
        super("request has " + violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
