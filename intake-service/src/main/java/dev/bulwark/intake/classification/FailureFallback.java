package dev.bulwark.intake.classification;

import dev.bulwark.intake.submission.Verdict;
import dev.bulwark.policy.FailureMode;
import java.util.List;

/** What a surface decides on its own when the classifier is slow or down (the policy's failure mode). */
public final class FailureFallback {

    private FailureFallback() {}

    public static Classification decide(FailureMode mode, String policyVersion) {
        Verdict verdict = mode == FailureMode.BLOCK ? Verdict.BLOCK : Verdict.REVIEW;
        return new Classification(verdict, List.of(), List.of(), List.of(), policyVersion, List.of(), true);
    }
}
