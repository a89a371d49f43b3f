package dev.bulwark.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** intake-service settings ({@code bulwark.intake.*}). */
@ConfigMapping(prefix = "bulwark.intake")
public interface IntakeConfig {

    /** How long a submission waits for the classifier before the surface's failure mode decides. */
    @WithDefault("500ms")
    Duration classifierDeadline();

    /** Deadline of each call to case- or action-service. */
    @WithDefault("2s")
    Duration deliveryDeadline();

    /** Tenant used when a call names none (until every call carries a token). */
    @WithDefault("default")
    String defaultTenant();

    /** The outbox relay. */
    Outbox outbox();

    /** Retry behaviour of the outbox relay. */
    interface Outbox {

        /** How often the relay looks for due deliveries (also read by the scheduler). */
        Duration pollInterval();

        /** Delay before the scheduled relay first retries what the request path could not deliver. */
        @WithDefault("5s")
        Duration firstRetry();

        /** Upper bound of the exponential retry delay. */
        @WithDefault("60s")
        Duration maxRetryDelay();

        /** How long a claimed batch is hidden from other relays while it is being delivered. */
        @WithDefault("30s")
        Duration claimLease();

        /** Entries claimed per poll. */
        @WithDefault("50")
        int batchSize();
    }
}
