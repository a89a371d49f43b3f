package dev.bulwark.intake.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.intake.error.FieldViolation;
import dev.bulwark.intake.error.InvalidRequestException;
import dev.bulwark.intake.submission.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppealValidatorTest {

    private static final Subject ACCOUNT = new Subject(Subject.Kind.ACCOUNT, "acct-1", "");

    @Test
    void shouldAcceptAnAppealWithOrWithoutAStatement() {
        assertThatCode(() -> AppealValidator.validate(new NewAppeal("team", "k", "action-1", ACCOUNT, "It was a joke.")))
                .doesNotThrowAnyException();
        assertThatCode(() -> AppealValidator.validate(new NewAppeal("team", "k", "action-1", ACCOUNT, "")))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldNameEveryInvalidFieldAtOnce() {
        NewAppeal appeal = new NewAppeal("team", "", "", new Subject(Subject.Kind.UNSPECIFIED, "", ""),
                "x".repeat(AppealValidator.MAX_STATEMENT_LENGTH + 1));

        assertThat(fields(appeal)).containsExactly("idempotency_key", "action_id", "subject.type", "subject.id", "statement");
    }

    @Test
    void shouldBoundTheKeyAndTheActionId() {
        NewAppeal appeal = new NewAppeal("team", "k".repeat(129), "a".repeat(AppealValidator.MAX_ACTION_ID_LENGTH + 1),
                ACCOUNT, null);

        assertThat(fields(appeal)).containsExactly("idempotency_key", "action_id");
    }

    @Test
    void shouldScopeTheKeyByTenant() {
        assertThat(new NewAppeal("team-chat", "k-1", "a", ACCOUNT, null).scopedKey()).isEqualTo("team-chat:k-1");
    }

    @Test
    void shouldTakeOnlyAnAppealIdAsOne() {
        assertThatCode(() -> AppealValidator.validateAppealId("0b7f8a8e-8c57-4b43-9d55-2f4f8e8c1a10")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AppealValidator.validateAppealId("case-1"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("appeal_id"));
    }

    private static List<String> fields(NewAppeal appeal) {
        try {
            AppealValidator.validate(appeal);
        } catch (InvalidRequestException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("no violation");
    }
}
