package dev.bulwark.action.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Where each product team receives webhooks about its users' actions, and how deliveries are retried. */
@ConfigMapping(prefix = "bulwark.action.webhooks")
public interface WebhookConfig {

    /** Webhook of each tenant, by tenant (the intake client id); a tenant without one gets none. */
    Map<String, Tenant> tenants();

    /** Most attempts of one delivery; after the last failed one it is dead. */
    @WithDefault("8")
    int maxAttempts();

    /** Delay before the first retry of a failed delivery; doubled on each further failure. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** Longest delay between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Longest wait for a receiver's answer before the attempt counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How often the relay looks for deliveries that are due. */
    @WithDefault("5s")
    String relayEvery();

    /** How often the outbox gauges (pending, dead, lag) are refreshed from the database. */
    @WithDefault("15s")
    String gaugeEvery();

    /** Most deliveries one relay run attempts. */
    @WithDefault("50")
    int relayBatch();

    /** One tenant's webhook. */
    interface Tenant {

        /** The receiver's HTTPS URL. */
        String url();

        /** The HMAC key deliveries are signed with; set from a secret, never committed, never logged. */
        String secret();
    }
}
