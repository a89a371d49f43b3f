package dev.bulwark.cases.intake;

import java.util.UUID;

/**
 * The case an item ended up in.
 *
 * @param joinedExisting the item joined a case that was already open
 * @param replayed the item had been received before; nothing was added
 */
public record OpenCaseResult(UUID caseId, String queue, boolean joinedExisting, boolean replayed) {}
