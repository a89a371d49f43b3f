package dev.bulwark.action.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.policy.EnforcementType;
import org.junit.jupiter.api.Test;

class NoticeTemplatesTest {

    @Test
    void shouldNameOneTemplatePerTypeAndOneForReversals() {
        assertThat(NoticeTemplates.name(NotificationEvent.ENFORCED, EnforcementType.SUSPEND)).isEqualTo("suspend");
        assertThat(NoticeTemplates.name(NotificationEvent.REVERTED, EnforcementType.SUSPEND)).isEqualTo("reverted");
    }

    @Test
    void shouldFallBackFromRegionToLanguageToEnglish() {
        assertThat(NoticeTemplates.languages("pt-br")).containsExactly("pt-br", "pt", "en");
        assertThat(NoticeTemplates.languages("de")).containsExactly("de", "en");
        assertThat(NoticeTemplates.languages("en")).containsExactly("en");
    }

    @Test
    void recipientShouldDefaultToEnglishAndNoTenant() {
        assertThat(new Recipient("", "")).isEqualTo(new Recipient(null, "en"));
        assertThat(new Recipient("acme", "pt-BR").language()).isEqualTo("pt-br");
        assertThat(new Recipient("acme", "Deutsch (Österreich)").language()).isEqualTo("en");
    }
}
