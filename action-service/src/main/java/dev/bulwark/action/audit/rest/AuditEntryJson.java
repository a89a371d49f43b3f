package dev.bulwark.action.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.action.audit.AuditEntry;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as stored, without its free-text details (notes, reasons): ids and codes only, and the
 * hashes that link it, so an auditor can check the chain on their side.
 *
 * @param actor who caused the event (the requester, approver, reverter); null for the system's own
 *     events (expiry, identity effects, exports)
 * @param prevHash the hash of the entry before (64 zeros for the first)
 */
public record AuditEntryJson(long seq, String type, String actionId, String subjectType, String subjectId,
        String actor, Instant at, String hash, String prevHash) {

    static AuditEntryJson of(AuditEntry entry, ObjectMapper json) {
        var event = entry.event();
        return new AuditEntryJson(entry.seq(), event.type().name(), event.actionId().toString(),
                event.subject().kind().name(), event.subject().id(), actor(event.payload(), json), event.occurredAt(),
                entry.hash(), entry.prevHash());
    }

    private static String actor(String payload, ObjectMapper json) {
        try {
            JsonNode actor = json.readTree(payload).get("actor");
            return actor == null || actor.isNull() ? null : actor.asText();
        } catch (JsonProcessingException e) {
            // An entry whose payload no longer parses has been tampered with; verify reports where.
            return null;
        }
    }

    /**
     * A page of entries in chain order.
     *
     * @param nextAfter pass as {@code after} for the next page; null on the last page
     */
    public record PageJson(List<AuditEntryJson> items, Long nextAfter) {}
}
