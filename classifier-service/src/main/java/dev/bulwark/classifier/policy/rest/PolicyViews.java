package dev.bulwark.classifier.policy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bulwark.classifier.policy.PolicyEvent;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.PolicyViolation;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the policy administration API. */
final class PolicyViews {

    private PolicyViews() {}

    /** One policy document the service knows. */
    record Version(String version, String description, String sha256, String source) {
        static Version of(PolicyDocument d) {
            return new Version(d.version(), d.policy().description(), d.sha256(), d.source());
        }
    }

    /** What is in force, what is shadowed, what else is known and what the last read refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(Version active, Version candidate, String rollbackTarget, List<Version> versions, List<Refusal> refused) {}

    /** A policy document the service refused to load. */
    record Refusal(String source, String path, String message) {
        static Refusal of(PolicyViolation v) {
            return new Refusal(v.source(), v.path(), v.message());
        }
    }

    /** One audited change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String kind, String version, String previousVersion, String actor, String reason, Instant at) {
        static Change of(PolicyEvent e) {
            return new Change(e.kind().name(), e.version(), e.previousVersion(), e.actor(), e.reason(), e.at());
        }
    }

    /** Body of a candidate change: which version to shadow and why. */
    record CandidateRequest(String version, String reason) {}

    /** Body of a promotion or of clearing the candidate: why. */
    record ReasonRequest(String reason) {}

    /** Body of a rollback: the version to return to (the previous one when absent) and why. */
    record RollbackRequest(String version, String reason) {}
}
