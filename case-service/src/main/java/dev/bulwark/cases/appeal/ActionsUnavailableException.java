package dev.bulwark.cases.appeal;

/**
 * action-service could not say whether the appealed action exists; nothing was filed, and retrying
 * with the same idempotency key is safe (a 503 / UNAVAILABLE at the edge).
 */
public class ActionsUnavailableException extends RuntimeException {

    public ActionsUnavailableException(Throwable cause) {
        super("action-service is unavailable", cause);
    }
}
