package dev.bulwark.cases.appeal;

import dev.bulwark.cases.appeal.AppealRefusedException.Reason;
import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.decision.SubjectStanding.PriorAction;
import java.util.UUID;

/**
 * The action an appeal is about, and the decision behind it.
 *
 * @param originalCaseId the case whose decision produced the action; null when automated
 * @param originalReviewer the reviewer who made that decision, never handed the appeal; null when automated
 */
public record AppealedAction(String actionId, String category, ActionOrigin origin, UUID originalCaseId,
        String originalReviewer) {

    /**
     * Finds the appealed action among the subject's: an action on another subject, or none at all, is
     * not found (the same answer, so an appeal cannot probe other subjects' actions); a reverted one
     * has nothing left to appeal.
     */
    public static PriorAction on(SubjectStanding standing, String actionId) {
        PriorAction action = standing.actions().stream()
                .filter(a -> a.id().equals(actionId))
                .findFirst()
                .orElseThrow(ActionNotFoundException::new);
        if (action.reverted()) {
            throw new AppealRefusedException(Reason.ACTION_REVERTED);
        }
        return action;
    }

    /** An action a reviewer's decision in {@code caseId} produced. */
    public static AppealedAction decided(PriorAction action, UUID caseId, String reviewer) {
        return new AppealedAction(action.id(), action.category(), ActionOrigin.REVIEW, caseId, reviewer);
    }

    /** An action no case-service decision produced. */
    public static AppealedAction automated(PriorAction action) {
        return new AppealedAction(action.id(), action.category(), ActionOrigin.AUTOMATED, null, null);
    }
}
