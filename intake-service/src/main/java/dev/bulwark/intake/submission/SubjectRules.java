package dev.bulwark.intake.submission;

import dev.bulwark.intake.error.Violations;

/** The rules every subject in a request follows: a kind and a bounded id; an API key names its organisation. */
public final class SubjectRules {

    private SubjectRules() {}

    public static void check(Violations v, String field, Subject subject) {
        v.check(subject != null && subject.kind() != Subject.Kind.UNSPECIFIED, field + ".type", "is required");
        v.require(field + ".id", subject == null ? null : subject.id());
        v.maxLength(field + ".id", subject == null ? null : subject.id(), SubmissionValidator.MAX_SUBJECT_ID_LENGTH);
        if (subject != null && subject.kind() == Subject.Kind.API_KEY) {
            v.require(field + ".organization_id", subject.organizationId());
        }
    }
}
