package dev.bulwark.action.audit;

/** An audit event as stored: its place in the chain and the hashes that link it. */
public record AuditEntry(long seq, AuditEvent event, String prevHash, String hash) {}
