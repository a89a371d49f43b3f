package dev.bulwark.cases.appeal;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * An appeal as filed. Optional texts are null when absent; the subject's type is null when the
 * caller left it unspecified (validation reports it).
 *
 * @param idempotencyKey unique per appeal, already scoped by whoever files it (a tenant, a staff member)
 * @param statement the appellant's own words, the item the reviewer reads
 * @param filedBy the tenant or staff member who filed it
 */
public record NewAppeal(String idempotencyKey, String actionId, Subject subject, String statement, String filedBy) {

    /** Longest idempotency key kept; the column allows this much. */
    public static final int MAX_KEY_LENGTH = 512;

    /** Longest action id, subject id, organisation id or filer kept. */
    public static final int MAX_ID_LENGTH = 256;

    /** Longest statement kept. */
    public static final int MAX_STATEMENT_LENGTH = 4000;

    /** Every wrong field at once; field names follow the gRPC contract. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        require(violations, "idempotency_key", idempotencyKey, MAX_KEY_LENGTH);
        require(violations, "action_id", actionId, MAX_ID_LENGTH);
        if (subject == null || subject.type() == null) {
            violations.add(new FieldViolation("subject.type", "is required (ACCOUNT, ORGANIZATION or API_KEY)"));
        }
        require(violations, "subject.id", subject == null ? null : subject.id(), MAX_ID_LENGTH);
        limit(violations, "subject.organization_id", subject == null ? null : subject.organizationId(), MAX_ID_LENGTH);
        limit(violations, "statement", statement, MAX_STATEMENT_LENGTH);
        require(violations, "filed_by", filedBy, MAX_ID_LENGTH);
        return violations;
    }

    private static void require(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else {
            limit(violations, field, value, max);
        }
    }

    private static void limit(List<FieldViolation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, "is longer than " + max));
        }
    }
}
