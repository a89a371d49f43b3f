package dev.bulwark.action.notification;

import java.time.Instant;

/**
 * The webhook outbox at a moment.
 *
 * @param pending deliveries waiting for an attempt
 * @param dead deliveries given up on
 * @param oldestPending when the oldest pending delivery was written; null when none is pending
 */
public record WebhookOutboxState(long pending, long dead, Instant oldestPending) {}
