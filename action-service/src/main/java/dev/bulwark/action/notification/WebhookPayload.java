package dev.bulwark.action.notification;

import dev.bulwark.action.audit.CanonicalJson;
import dev.bulwark.action.enforcement.EnforcementAction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON body of a webhook: the event, the action by its ids and codes, and the notice for the
 * user. Never content: receivers already hold it, and a webhook must not spread it further.
 */
public final class WebhookPayload {

    private WebhookPayload() {}

    /** The body as a JSON object of strings, nulls and nested objects, stored until delivered. */
    public static Map<String, Object> of(UUID deliveryId, NotificationEvent event, EnforcementAction action,
            String tenant, Notice notice, Instant occurredAt) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", action.subject().kind().name());
        subject.put("id", action.subject().id());
        subject.put("organization_id", action.subject().organizationId());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", action.id().toString());
        details.put("subject", subject);
        details.put("type", action.type().name());
        details.put("category", action.category());
        details.put("origin", action.origin().name());
        details.put("policy_version", action.provenance().policyVersion());
        details.put("created_at", text(action.createdAt()));
        details.put("expires_at", text(action.expiresAt()));
        details.put("reverted_at", text(action.revertedAt()));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", deliveryId.toString());
        body.put("type", event.wireName());
        body.put("tenant", tenant);
        body.put("occurred_at", text(occurredAt));
        body.put("action", details);
        body.put("notice", Map.of("language", notice.language(), "text", notice.text()));
        return body;
    }

    /** The bytes sent and signed: canonical, so every retry sends the same body. */
    public static String body(Map<String, ?> payload) {
        return CanonicalJson.write(payload);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
