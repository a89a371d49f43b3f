package dev.bulwark.action.grpc;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Checks gRPC requests field by field and reports every violation at once, by proto field path. */
@ApplicationScoped
public class RequestValidator {

    static final int MAX_KEY = 128;
    static final int MAX_ID = 256;
    static final int MAX_VERSION = 64;
    static final int MAX_REASON = 1024;
    static final int MAX_MODEL_VERSIONS = 32;
    static final int MAX_SIGNAL_IDS = 256;

    private final ActivePolicies policies;

    public RequestValidator(ActivePolicies policies) {
        this.policies = policies;
    }

    public void check(EnforceRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "idempotency_key", request.getIdempotencyKey(), MAX_KEY);
        subject(violations, "subject", request.getSubject());
        if (request.getCategory().isEmpty()) {
            violations.add(new FieldViolation("category", "required"));
        } else if (policies.forDecision(request.getPolicyVersion()).policy().category(request.getCategory()).isEmpty()) {
            violations.add(new FieldViolation("category", "not a category of the usage policy it was decided under"));
        }
        if (request.getOrigin() == ActionOrigin.ACTION_ORIGIN_UNSPECIFIED
                || request.getOrigin() == ActionOrigin.UNRECOGNIZED) {
            violations.add(new FieldViolation("origin", "required: AUTOMATED or REVIEW"));
        }
        if (request.getRequestedType() == ActionType.UNRECOGNIZED) {
            violations.add(new FieldViolation("requested_type", "not a known action type"));
        }
        optional(violations, "reference_id", request.getReferenceId(), MAX_ID);
        optional(violations, "policy_version", request.getPolicyVersion(), MAX_VERSION);
        optional(violations, "actor", request.getActor(), MAX_ID);
        each(violations, "model_versions", request.getModelVersionsList(), MAX_MODEL_VERSIONS, MAX_VERSION);
        each(violations, "signal_ids", request.getSignalIdsList(), MAX_SIGNAL_IDS, MAX_KEY);
        optional(violations, "tenant", request.getTenant(), MAX_ID);
        fail(violations);
    }

    /** Returns the parsed action id. */
    public UUID check(RevertRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID actionId = null;
        if (request.getActionId().isEmpty()) {
            violations.add(new FieldViolation("action_id", "required"));
        } else {
            try {
                actionId = UUID.fromString(request.getActionId());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("action_id", "must be an action id (a UUID)"));
            }
        }
        required(violations, "reason", request.getReason().isBlank() ? "" : request.getReason(), MAX_REASON);
        optional(violations, "actor", request.getActor(), MAX_ID);
        fail(violations);
        return actionId;
    }

    public void check(GetStandingRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        subject(violations, "subject", request.getSubject());
        fail(violations);
    }

    private static void subject(List<FieldViolation> violations, String path, Subject subject) {
        if (subject.getType() == SubjectType.SUBJECT_TYPE_UNSPECIFIED || subject.getType() == SubjectType.UNRECOGNIZED) {
            violations.add(new FieldViolation(path + ".type", "required: ACCOUNT, ORGANIZATION or API_KEY"));
        }
        if (subject.getType() == SubjectType.SUBJECT_TYPE_API_KEY && subject.getOrganizationId().isEmpty()) {
            violations.add(new FieldViolation(path + ".organization_id", "required for an API key: the organisation it belongs to"));
        }
        required(violations, path + ".id", subject.getId(), MAX_ID);
        optional(violations, path + ".organization_id", subject.getOrganizationId(), MAX_ID);
    }

    private static void required(List<FieldViolation> violations, String field, String value, int maxLength) {
        if (value.isEmpty()) {
            violations.add(new FieldViolation(field, "required"));
        } else {
            optional(violations, field, value, maxLength);
        }
    }

    private static void optional(List<FieldViolation> violations, String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            violations.add(new FieldViolation(field, "at most " + maxLength + " characters"));
        }
    }

    private static void each(List<FieldViolation> violations, String field, List<String> values, int maxCount,
            int maxLength) {
        if (values.size() > maxCount) {
            violations.add(new FieldViolation(field, "at most " + maxCount + " entries"));
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty()) {
                violations.add(new FieldViolation(field + "[" + i + "]", "must not be empty"));
            } else {
                optional(violations, field + "[" + i + "]", values.get(i), maxLength);
            }
        }
    }

    private static void fail(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
