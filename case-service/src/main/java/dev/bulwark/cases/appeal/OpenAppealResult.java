package dev.bulwark.cases.appeal;

import java.util.UUID;

/**
 * The appeal a filing ended up as.
 *
 * @param replayed an appeal with the same idempotency key existed already; nothing new was filed
 */
public record OpenAppealResult(UUID appealId, AppealStatus status, boolean replayed) {}
