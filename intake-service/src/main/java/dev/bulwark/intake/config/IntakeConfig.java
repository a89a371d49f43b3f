package dev.bulwark.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** intake-service settings ({@code bulwark.intake.*}). */
@ConfigMapping(prefix = "bulwark.intake")
public interface IntakeConfig {

    /** How long a submission waits for the classifier before the surface's failure mode decides. */
    @WithDefault("500ms")
    Duration classifierDeadline();

    /** Deadline of each call to case- or action-service. */
    @WithDefault("2s")
    Duration deliveryDeadline();

    /**
     * Deadline of an appeal call to case-service; longer than case-service's own call to action-service
     * (which checks the appealed action), so a slow check is answered rather than cut off.
     */
    @WithDefault("5s")
    Duration appealDeadline();

    /**
     * Calls this replica works on at once; more are refused at once with UNAVAILABLE and a retry delay.
     * Sized so a replica at its limit still answers within its deadlines: past it, calls only queue.
     */
    @WithDefault("128")
    int maxInFlight();

    /** How long a call waits for a free database connection before it is answered UNAVAILABLE. */
    @WithDefault("2s")
    Duration connectionWait();

    /** Request quota of every tenant without an entry in {@link #quotas()}. */
    Quota quota();

    /** Request quotas of particular tenants, by OIDC client id. */
    Map<String, Quota> quotas();

    /** The outbox relay. */
    Outbox outbox();

    /** A token bucket: a sustained rate and the burst it allows. */
    interface Quota {

        /** Requests per second a tenant may sustain. */
        @WithDefault("200")
        int requestsPerSecond();

        /** Requests a tenant may send at once after being idle. */
        @WithDefault("400")
        int burst();
    }

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

        /** How often the outbox gauges (pending, dead, lag) are refreshed from the database. */
        @WithDefault("15s")
        Duration gaugeInterval();

        /** Entries claimed per poll. */
        @WithDefault("50")
        int batchSize();
    }
}
