package dev.bulwark.cases.view.application;

import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.view.PriorCase;
import java.util.List;

/**
 * What a reviewer should know about the subject beside the case at hand.
 *
 * @param standing as action-service reports it; null when action-service could not answer
 * @param priorCases the subject's other cases the reader may read, newest first
 */
public record SubjectHistory(SubjectStanding standing, List<PriorCase> priorCases) {

    public SubjectHistory {
        priorCases = List.copyOf(priorCases);
    }

    public boolean standingUnavailable() {
        return standing == null;
    }
}
