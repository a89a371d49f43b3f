package dev.bulwark.cases.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import org.junit.jupiter.api.Test;

class NewAppealTest {

    private static final Subject ALICE = new Subject(SubjectType.ACCOUNT, "alice", null);

    @Test
    void shouldAcceptACompleteAppealAndOneWithoutAStatement() {
        assertThat(new NewAppeal("team:1", "action-1", ALICE, "I was joking with a friend.", "team").violations()).isEmpty();
        assertThat(new NewAppeal("team:1", "action-1", ALICE, null, "team").violations()).isEmpty();
    }

    @Test
    void shouldReportEveryMissingFieldAtOnce() {
        assertThat(new NewAppeal(" ", null, new Subject(null, "", null), null, "").violations())
                .extracting(FieldViolation::field)
                .containsExactly("idempotency_key", "action_id", "subject.type", "subject.id", "filed_by");
    }

    @Test
    void shouldReportAMissingSubjectAsBothOfItsFields() {
        assertThat(new NewAppeal("k", "a", null, null, "team").violations())
                .extracting(FieldViolation::field)
                .containsExactly("subject.type", "subject.id");
    }

    @Test
    void shouldBoundEveryTextWithoutRepeatingIt() {
        String longStatement = "x".repeat(NewAppeal.MAX_STATEMENT_LENGTH + 1);
        String longId = "i".repeat(NewAppeal.MAX_ID_LENGTH + 1);
        NewAppeal appeal = new NewAppeal("k".repeat(NewAppeal.MAX_KEY_LENGTH + 1), longId,
                new Subject(SubjectType.ORGANIZATION, longId, longId), longStatement, longId);

        assertThat(appeal.violations())
                .extracting(FieldViolation::field)
                .containsExactly("idempotency_key", "action_id", "subject.id", "subject.organization_id", "statement", "filed_by");
        assertThat(appeal.violations()).extracting(FieldViolation::description).noneMatch(d -> d.contains("xxx") || d.contains("iii"));
    }

    @Test
    void shouldAcceptTextsAtTheirLimits() {
        NewAppeal appeal = new NewAppeal("k".repeat(NewAppeal.MAX_KEY_LENGTH), "a",
                ALICE, "x".repeat(NewAppeal.MAX_STATEMENT_LENGTH), "team");

        assertThat(appeal.violations()).isEmpty();
    }
}
