package dev.bulwark.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewItemValidatorTest {

    @Test
    void shouldAcceptACompleteItem() {
        assertThat(NewItemValidator.violations(item("submission:1", ItemSource.SUBMISSION,
                new Subject(SubjectType.ACCOUNT, "alice", null)))).isEmpty();
    }

    @Test
    void shouldReportEveryMissingRequiredField() {
        List<FieldViolation> violations = NewItemValidator.violations(item(" ", null, new Subject(null, "", null)));

        assertThat(violations).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("source_key", "source", "subject.type", "subject.id");
    }

    @Test
    void shouldAcceptAnApiKeyOfAnOrganisationOnly() {
        assertThat(NewItemValidator.violations(item("k", ItemSource.SUBMISSION,
                new Subject(SubjectType.API_KEY, "key-1", "org-1")))).isEmpty();
        assertThat(NewItemValidator.violations(item("k", ItemSource.SUBMISSION,
                new Subject(SubjectType.API_KEY, "key-1", null))))
                .extracting(FieldViolation::field).containsExactly("subject.organization_id");
    }

    @Test
    void shouldReportAMissingSubjectAsBothOfItsFields() {
        assertThat(NewItemValidator.violations(item("k", ItemSource.REPORT, null)))
                .extracting(FieldViolation::field).containsExactlyInAnyOrder("subject.type", "subject.id");
    }

    @Test
    void shouldRejectKeysLongerThanTheColumnsHoldWithoutEchoingThem() {
        String longKey = "k".repeat(NewItemValidator.MAX_KEY_LENGTH + 1);

        List<FieldViolation> violations = NewItemValidator.violations(
                item(longKey, ItemSource.REPORT, new Subject(SubjectType.ACCOUNT, "alice", null)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("source_key");
            assertThat(v.description()).doesNotContain(longKey);
        });
    }

    @Test
    void shouldNameAnOverlongModelVersionByItsIndex() {
        NewItem item = new NewItem("k", ItemSource.SUBMISSION, new Subject(SubjectType.ACCOUNT, "alice", null), null,
                "chat", "text", "en", null, "harassment", "2026-11-26.1", null,
                List.of("lexicon-1", "m".repeat(NewItemValidator.MAX_KEY_LENGTH + 1)), null, 0, null);

        assertThat(NewItemValidator.violations(item)).extracting(FieldViolation::field).containsExactly("model_versions[1]");
    }

    @Test
    void shouldRefuseNegativeReach() {
        NewItem item = new NewItem("k", ItemSource.REPORT, new Subject(SubjectType.ACCOUNT, "alice", null), null,
                "chat", "text", "en", null, "harassment", null, null, null, null, -1, null);

        assertThat(NewItemValidator.violations(item)).extracting(FieldViolation::field).containsExactly("reach");
    }

    private static NewItem item(String sourceKey, ItemSource source, Subject subject) {
        return new NewItem(sourceKey, source, subject, null, "chat", "text", "en", null, "harassment", null, null, null, null, 0, null);
    }
}
