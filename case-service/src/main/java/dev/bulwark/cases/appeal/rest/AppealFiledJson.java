package dev.bulwark.cases.appeal.rest;

import java.util.UUID;

/**
 * The appeal a filing ended up as; {@code replayed} is true when the Idempotency-Key had been used
 * before and the first appeal is returned as it stands.
 */
public record AppealFiledJson(UUID appealId, String status, boolean replayed) {}
