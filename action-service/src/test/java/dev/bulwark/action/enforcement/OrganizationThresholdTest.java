package dev.bulwark.action.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationThresholdTest {

    private static final Recipient RECIPIENT = new Recipient("acme", "de");

    private static EnforcementAction actionOn(Subject subject) {
        return new EnforcementAction(UUID.randomUUID(), subject, EnforcementType.WARN, "spam", ActionOrigin.REVIEW,
                "case-1", new Provenance("2026-11-26.1", List.of(), List.of()), "ana", List.of(), Instant.EPOCH, null,
                null, null);
    }

    @Test
    void shouldEnforceTheOrganisationOncePerCrossing() {
        EnforcementAction member = actionOn(new Subject(SubjectKind.ACCOUNT, "u-1", "org-1"));

        EnforceCommand command = OrganizationThreshold.commandFor(member, RECIPIENT, 2).orElseThrow();

        assertThat(command.subject()).isEqualTo(Subject.of(SubjectKind.ORGANIZATION, "org-1"));
        assertThat(command.idempotencyKey()).isEqualTo("organization-threshold:org-1:2");
        assertThat(command.category()).isEqualTo("spam");
        assertThat(command.origin()).isEqualTo(ActionOrigin.AUTOMATED);
        assertThat(command.requestedType()).isNull();
        assertThat(command.referenceId()).isEqualTo(member.id().toString());
        assertThat(command.provenance().policyVersion()).isEqualTo("2026-11-26.1");
        assertThat(command.recipient()).isEqualTo(RECIPIENT);
    }

    @Test
    void shouldLeaveTheOrganisationAloneBelowTheThresholdOrWithoutOne() {
        assertThat(OrganizationThreshold.commandFor(actionOn(new Subject(SubjectKind.ACCOUNT, "u-1", "org-1")), RECIPIENT, 0)).isEmpty();
        assertThat(OrganizationThreshold.commandFor(actionOn(new Subject(SubjectKind.ACCOUNT, "u-1", null)), RECIPIENT, 3)).isEmpty();
        assertThat(OrganizationThreshold.commandFor(actionOn(new Subject(SubjectKind.ORGANIZATION, "org-1", null)), RECIPIENT, 3)).isEmpty();
    }

    @Test
    void shouldCountAnApiKeyAsAMember() {
        assertThat(OrganizationThreshold.commandFor(actionOn(new Subject(SubjectKind.API_KEY, "key-1", "org-1")), RECIPIENT, 1)).isPresent();
    }
}
