package dev.bulwark.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy document that must not be put in force, with everything wrong with it. */
public class InvalidPolicyException extends RuntimeException {

    private final List<PolicyViolation> violations;

    public InvalidPolicyException(List<PolicyViolation> violations) {
        super(violations.stream().map(PolicyViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<PolicyViolation> violations() {
        return violations;
    }
}
