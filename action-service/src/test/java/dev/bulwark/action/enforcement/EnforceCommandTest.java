package dev.bulwark.action.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnforceCommandTest {

    private static EnforceCommand command(String id, String category, EnforcementType requested, String actor) {
        return new EnforceCommand("k-1", Subject.of(SubjectKind.ACCOUNT, id), category, ActionOrigin.REVIEW,
                requested, "case-1", new Provenance("v1", List.of(), List.of()), actor, new Recipient("acme", "de"));
    }

    @Test
    void shouldFingerprintTheSameRequestAlike() {
        assertThat(command("u-1", "spam", null, "alice").fingerprint())
                .isEqualTo(command("u-1", "spam", null, "bob").fingerprint())
                .hasSize(64);
    }

    @Test
    void shouldFingerprintADifferentSubjectCategoryOrTypeDifferently() {
        String base = command("u-1", "spam", null, "alice").fingerprint();
        assertThat(command("u-2", "spam", null, "alice").fingerprint()).isNotEqualTo(base);
        assertThat(command("u-1", "fraud", null, "alice").fingerprint()).isNotEqualTo(base);
        assertThat(command("u-1", "spam", EnforcementType.BAN, "alice").fingerprint()).isNotEqualTo(base);
    }

    @Test
    void shouldNotConfuseFieldBoundaries() {
        assertThat(command("a|b", "c", null, null).fingerprint())
                .isNotEqualTo(command("a", "b|c", null, null).fingerprint());
    }
}
