package dev.bulwark.action.error;

/** A request that conflicts with what already exists; {@code reason} is an UPPER_SNAKE code. */
public class ConflictException extends RuntimeException {

    private final String reason;

    public ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
