package dev.bulwark.cases.decision;

/** action-service could not enforce right now; retrying the same decision is safe (a 503 at the edge). */
public class EnforcementUnavailableException extends RuntimeException {

    public EnforcementUnavailableException(Throwable cause) {
        super("action-service is unavailable", cause);
    }
}
