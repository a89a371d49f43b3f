package dev.bulwark.cases.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.decision.SubjectStanding.PriorAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppealedActionTest {

    private static final PriorAction WARNING = action("a-1", false);
    private static final PriorAction REVERTED = action("a-2", true);
    private static final SubjectStanding STANDING = new SubjectStanding("WARNED", 1, 2, null, List.of(WARNING, REVERTED));

    @Test
    void shouldFindTheAppealedActionAmongTheSubjects() {
        assertThat(AppealedAction.on(STANDING, "a-1")).isEqualTo(WARNING);
    }

    @Test
    void shouldNotFindAnActionTheSubjectDoesNotHave() {
        assertThatThrownBy(() -> AppealedAction.on(STANDING, "someone-elses-action"))
                .isInstanceOf(ActionNotFoundException.class);
    }

    @Test
    void shouldRefuseToAppealAReversedAction() {
        assertThatThrownBy(() -> AppealedAction.on(STANDING, "a-2"))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppealRefusedException.Reason.ACTION_REVERTED));
    }

    @Test
    void shouldNameTheDeciderOfAReviewedActionAndNoneOfAnAutomatedOne() {
        UUID caseId = UUID.randomUUID();

        assertThat(AppealedAction.decided(WARNING, caseId, "ana"))
                .isEqualTo(new AppealedAction("a-1", "harassment", ActionOrigin.REVIEW, caseId, "ana"));
        assertThat(AppealedAction.automated(WARNING))
                .isEqualTo(new AppealedAction("a-1", "harassment", ActionOrigin.AUTOMATED, null, null));
    }

    private static PriorAction action(String id, boolean reverted) {
        return new PriorAction(id, "WARN", "harassment", "REVIEW", Instant.parse("2026-11-30T10:00:00Z"), null, reverted, null);
    }
}
