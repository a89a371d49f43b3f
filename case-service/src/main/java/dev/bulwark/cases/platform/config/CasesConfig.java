package dev.bulwark.cases.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of case-service under {@code bulwark.cases}. */
@ConfigMapping(prefix = "bulwark.cases")
public interface CasesConfig {

    /** How long a claim keeps a case for one reviewer before others may take it. */
    @WithDefault("15m")
    Duration leaseDuration();

    /**
     * How long a case waits for more information after a reviewer asks for it; a new item about the
     * subject ends the wait sooner.
     */
    @WithDefault("72h")
    Duration infoHold();

    /** How long one call to action-service may take before the decision answers 503. */
    @WithDefault("3s")
    Duration actionDeadline();

    /** How often OpenCase retries after losing a race on a unique constraint. */
    @WithDefault("5")
    int openRetries();

    /** How long after filing an appeal is due; appeals are not routed by the policy, so it names no SLA for them. */
    @WithDefault("72h")
    Duration appealSla();

    /** Reviewer wellness. */
    Wellness wellness();

    /** How often cases whose lease or hold ran out are returned to their queues. */
    @WithDefault("15s")
    Duration expiryInterval();

    /** How often waiting cases have their priority recomputed (it grows with age). */
    @WithDefault("5m")
    Duration priorityRefreshInterval();

    /** How often the queue gauges (backlog, oldest age, SLA breaches) are refreshed from the database. */
    @WithDefault("15s")
    Duration queueGaugesInterval();

    /** Quality assurance: which decisions are checked again, and the quality figures. */
    Qa qa();

    interface Wellness {

        /**
         * Most cases of a category one reviewer is handed per UTC day, keyed by policy category, for
         * example {@code bulwark.cases.wellness.daily-limits."sexual/minors"=40}.
         */
        Map<String, Integer> dailyLimits();
    }

    /** Near-duplicate clustering of new review cases. */
    Cluster cluster();

    interface Cluster {

        /**
         * How many of the 64 fingerprint bits two items' texts may differ in for their cases to
         * cluster; 0 to 3, since the band lookup finds no match further apart.
         */
        @WithDefault("3")
        int maxDistance();
    }

    interface Qa {

        /** Share of reviewers' closing decisions on review cases that QA checks blind. */
        @WithDefault("0.05")
        double reviewSampleRate();

        /** Share of automatic enforcements that QA checks. */
        @WithDefault("0.02")
        double automationSampleRate();

        /** How long a QA case may wait before it counts as overdue. */
        @WithDefault("168h")
        Duration sla();

        /** How often the quality gauges are recomputed. */
        @WithDefault("60s")
        Duration figuresInterval();

        /** The span the quality gauges cover, up to now; also the quality API's default window. */
        @WithDefault("720h")
        Duration figuresWindow();
    }
}
