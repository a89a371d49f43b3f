package dev.bulwark.action.subject;

import java.util.Objects;

/**
 * A party enforcement acts on; identified by kind and id, with the organisation an account belongs
 * to carried along for the record.
 */
public record Subject(SubjectKind kind, String id, String organizationId) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Subject of(SubjectKind kind, String id) {
        return new Subject(kind, id, null);
    }

    /** True when both name the same party, whatever organisation each carries. */
    public boolean sameParty(Subject other) {
        return kind == other.kind && id.equals(other.id);
    }

    /** A stable text key of the party, for locks and logs ({@code ACCOUNT:u-1}). */
    public String key() {
        return kind + ":" + id;
    }
}
