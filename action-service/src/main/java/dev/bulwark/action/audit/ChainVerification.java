package dev.bulwark.action.audit;

/**
 * Outcome of walking the audit chain.
 *
 * @param firstBrokenSeq seq of the first entry that does not verify; null when the chain is valid
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq) {}
