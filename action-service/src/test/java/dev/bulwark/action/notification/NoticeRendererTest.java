package dev.bulwark.action.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.notification.application.NoticeRenderer;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRendererTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String REASON = "Insults, bullying and targeted abuse of a person.";

    private final NoticeRenderer renderer = new NoticeRenderer();

    private static EnforcementAction action(EnforcementType type) {
        Instant expiresAt = type == EnforcementType.SUSPEND || type == EnforcementType.RESTRICT
                ? NOW.plusSeconds(7 * 86_400) : null;
        List<String> features = type == EnforcementType.RESTRICT ? List.of("posting", "bulk-messaging") : List.of();
        return new EnforcementAction(UUID.randomUUID(), Subject.of(SubjectKind.ACCOUNT, "acct-1"), type, "harassment",
                ActionOrigin.AUTOMATED, null, Provenance.NONE, null, features, NOW, expiresAt, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "WARN, en, Warning: your account broke our community rules.",
        "WARN, de, Verwarnung: Ihr Konto hat gegen unsere Community-Regeln verstoßen.",
        "RESTRICT, en, Some features of your account are restricted until",
        "RESTRICT, de, Einige Funktionen Ihres Kontos sind bis",
        "SUSPEND, en, Your account is suspended until",
        "SUSPEND, de, Ihr Konto ist bis",
        "BAN, en, Your account is permanently banned",
        "BAN, de, Ihr Konto ist dauerhaft ausgeschlossen"
    })
    void shouldRenderEveryTypeInEnglishAndGermanWithThePolicyReason(EnforcementType type, String language, String opening) {
        Notice notice = renderer.render(NotificationEvent.ENFORCED, action(type), language, REASON);

        assertThat(notice.language()).isEqualTo(language);
        assertThat(notice.text()).startsWith(opening).contains(REASON).doesNotContain("{");
    }

    @Test
    void shouldNameTheEndDateAndTheFeaturesOfARestriction() {
        assertThat(renderer.render(NotificationEvent.ENFORCED, action(EnforcementType.RESTRICT), "en", REASON).text())
                .contains("Dec 3, 2026", "Restricted: posting, bulk-messaging");
        assertThat(renderer.render(NotificationEvent.ENFORCED, action(EnforcementType.SUSPEND), "de", REASON).text())
                .contains("03.12.2026");
    }

    @ParameterizedTest
    @CsvSource({"en, An earlier action on your account was lifted", "de, Eine frühere Maßnahme gegen Ihr Konto"})
    void shouldRenderReversals(String language, String opening) {
        Notice notice = renderer.render(NotificationEvent.REVERTED, action(EnforcementType.BAN), language, REASON);

        assertThat(notice.text()).startsWith(opening);
    }

    @Test
    void shouldFallBackToTheLanguageAndThenToEnglish() {
        assertThat(renderer.render(NotificationEvent.ENFORCED, action(EnforcementType.BAN), "de-at", REASON).language())
                .isEqualTo("de");
        Notice notice = renderer.render(NotificationEvent.ENFORCED, action(EnforcementType.BAN), "ja", REASON);
        assertThat(notice.language()).isEqualTo("en");
        assertThat(notice.text()).startsWith("Your account is permanently banned");
    }
}
