package dev.bulwark.action.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final UUID DELIVERY = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ACTION = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private static EnforcementAction suspension() {
        return new EnforcementAction(ACTION, new Subject(SubjectKind.ACCOUNT, "acct-1", "org-1"), EnforcementType.SUSPEND,
                "harassment", ActionOrigin.AUTOMATED, "sub-1", new Provenance("2026-11-26.1", List.of("m1"), List.of("s1")),
                "intake-service", List.of(), NOW, NOW.plusSeconds(7 * 86_400), null, null);
    }

    @Test
    void shouldWriteIdsAndCodesInCanonicalForm() {
        Map<String, Object> payload = WebhookPayload.of(DELIVERY, NotificationEvent.ENFORCED, suspension(), "acme",
                new Notice("en", "Your account is suspended."), NOW);

        assertThat(WebhookPayload.body(payload)).isEqualTo("{"
                + "\"action\":{\"category\":\"harassment\",\"created_at\":\"2026-11-26T10:00:00Z\","
                + "\"expires_at\":\"2026-12-03T10:00:00Z\",\"id\":\"00000000-0000-0000-0000-0000000000a1\","
                + "\"origin\":\"AUTOMATED\",\"policy_version\":\"2026-11-26.1\",\"reverted_at\":null,"
                + "\"subject\":{\"id\":\"acct-1\",\"organization_id\":\"org-1\",\"type\":\"ACCOUNT\"},\"type\":\"SUSPEND\"},"
                + "\"id\":\"00000000-0000-0000-0000-000000000001\","
                + "\"notice\":{\"language\":\"en\",\"text\":\"Your account is suspended.\"},"
                + "\"occurred_at\":\"2026-11-26T10:00:00Z\",\"tenant\":\"acme\",\"type\":\"action.enforced\"}");
    }

    @Test
    void shouldNeverCarryTheActorOrTheReference() {
        String body = WebhookPayload.body(WebhookPayload.of(DELIVERY, NotificationEvent.REVERTED, suspension(), "acme",
                new Notice("en", "Lifted."), NOW));

        assertThat(body).contains("\"type\":\"action.reverted\"").doesNotContain("intake-service", "sub-1", "m1");
    }
}
