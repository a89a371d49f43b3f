package dev.bulwark.intake.error;

import java.time.Duration;

/** The tenant has used up its request quota for now; retrying after {@code retryAfter} can succeed. */
public class QuotaExceededException extends RuntimeException {

    private final String tenant;
    private final Duration retryAfter;

    public QuotaExceededException(String tenant, Duration retryAfter) {
        super("request quota exceeded");
        this.tenant = tenant;
        this.retryAfter = retryAfter;
    }

    public String tenant() {
        return tenant;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
