package dev.bulwark.demo.traffic;

import dev.bulwark.proto.intake.v1.SubmitRequest;

/**
 * One call of the demo traffic: a new submission, a replay of an earlier one with the same key and
 * payload, or a conflicting reuse of an earlier key with another payload.
 */
record PlannedSubmission(Kind kind, SubmitRequest request, int earlierIndex) {

    enum Kind { ORIGINAL, REPLAY, CONFLICT }

    static PlannedSubmission original(SubmitRequest request) {
        return new PlannedSubmission(Kind.ORIGINAL, request, -1);
    }

    static PlannedSubmission replay(SubmitRequest request, int earlierIndex) {
        return new PlannedSubmission(Kind.REPLAY, request, earlierIndex);
    }

    static PlannedSubmission conflict(SubmitRequest request, int earlierIndex) {
        return new PlannedSubmission(Kind.CONFLICT, request, earlierIndex);
    }
}
