package dev.bulwark.cases.intake;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.SubjectType;
import java.util.ArrayList;
import java.util.List;

/** Checks an item before it may open or join a case; field names follow the gRPC contract. */
public final class NewItemValidator {

    /** Longest key or id stored; the columns allow this much. */
    public static final int MAX_KEY_LENGTH = 256;

    /** Most model versions, and most signals, one item keeps. */
    public static final int MAX_MODEL_VERSIONS = 32;
    public static final int MAX_SIGNALS = 256;

    private NewItemValidator() {}

    public static List<FieldViolation> violations(NewItem item) {
        List<FieldViolation> violations = new ArrayList<>();
        requireKey(violations, "source_key", item.sourceKey());
        if (item.source() == null) {
            violations.add(new FieldViolation("source", "is required (SUBMISSION or REPORT)"));
        }
        if (item.subject() == null) {
            violations.add(new FieldViolation("subject.type", "is required (ACCOUNT, ORGANIZATION or API_KEY)"));
            violations.add(new FieldViolation("subject.id", "is required"));
        } else {
            if (item.subject().type() == null) {
                violations.add(new FieldViolation("subject.type", "is required (ACCOUNT, ORGANIZATION or API_KEY)"));
            }
            requireKey(violations, "subject.id", item.subject().id());
            checkLength(violations, "subject.organization_id", item.subject().organizationId());
            if (item.subject().type() == SubjectType.API_KEY && item.subject().organizationId() == null) {
                violations.add(new FieldViolation("subject.organization_id", "is required for an API key"));
            }
        }
        checkLength(violations, "reference_id", item.referenceId());
        checkLength(violations, "surface", item.surface());
        checkLength(violations, "content.language", item.language());
        checkLength(violations, "tenant", item.tenant());
        checkLength(violations, "category", item.category());
        checkLength(violations, "policy_version", item.policyVersion());
        if (item.modelVersions().size() > MAX_MODEL_VERSIONS) {
            violations.add(new FieldViolation("model_versions", "has more than " + MAX_MODEL_VERSIONS + " entries"));
        }
        for (int i = 0; i < item.modelVersions().size(); i++) {
            checkLength(violations, "model_versions[" + i + "]", item.modelVersions().get(i));
        }
        if (item.reach() < 0) {
            violations.add(new FieldViolation("reach", "must not be negative"));
        }
        if (item.explanation().signals().size() > MAX_SIGNALS) {
            violations.add(new FieldViolation("signals", "has more than " + MAX_SIGNALS + " entries"));
        }
        return violations;
    }

    private static void requireKey(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else {
            checkLength(violations, field, value);
        }
    }

    private static void checkLength(List<FieldViolation> violations, String field, String value) {
        if (tooLong(value)) {
            violations.add(new FieldViolation(field, "is longer than " + MAX_KEY_LENGTH));
        }
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_KEY_LENGTH;
    }
}
