package dev.bulwark.action.audit;

/**
 * Walks the chain one entry at a time, in sequence order, and remembers the first entry whose
 * link or hash does not hold. Fed page by page so a long log never sits in memory at once.
 */
public final class ChainVerifier {

    private String expectedPrevHash = AuditChain.GENESIS;
    private long entries;
    private Long firstBrokenSeq;

    public void accept(AuditEntry entry) {
        entries++;
        if (firstBrokenSeq == null && !holds(entry)) {
            firstBrokenSeq = entry.seq();
        }
        expectedPrevHash = entry.hash();
    }

    public ChainVerification result() {
        return new ChainVerification(firstBrokenSeq == null, entries, firstBrokenSeq);
    }

    private boolean holds(AuditEntry entry) {
        return entry.prevHash().equals(expectedPrevHash)
                && entry.hash().equals(AuditChain.hash(entry.prevHash(), entry.event()));
    }
}
