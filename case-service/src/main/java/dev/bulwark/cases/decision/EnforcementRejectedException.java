package dev.bulwark.cases.decision;

/** action-service refused the enforcement; retrying will not help (a 502 at the edge). */
public class EnforcementRejectedException extends RuntimeException {

    public EnforcementRejectedException(Throwable cause) {
        super("action-service refused the enforcement", cause);
    }
}
