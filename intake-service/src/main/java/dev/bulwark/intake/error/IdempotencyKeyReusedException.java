package dev.bulwark.intake.error;

/** The idempotency key was used before for a different payload. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("idempotency key already used for a different payload");
    }
}
