package dev.bulwark.action.approval;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which actions need a second person before they take effect, and who may be that person: someone
 * with an approver role who is not the person who asked for the action.
 */
public final class ApprovalRules {

    private final Set<String> requiredFor;
    private final Set<String> approverRoles;

    /**
     * @param requiredFor entries {@code SUBJECT_KIND:ACTION_TYPE}, e.g. {@code ORGANIZATION:BAN}
     * @param approverRoles realm roles that may approve or reject
     * @throws IllegalArgumentException when an entry names no subject kind or action type
     */
    public ApprovalRules(Collection<String> requiredFor, Collection<String> approverRoles) {
        this.requiredFor = requiredFor.stream().map(ApprovalRules::entry).collect(Collectors.toUnmodifiableSet());
        this.approverRoles = Set.copyOf(approverRoles);
    }

    /** No action needs approval. */
    public static ApprovalRules none() {
        return new ApprovalRules(Set.of(), Set.of());
    }

    public boolean required(EnforcementAction action) {
        return requiredFor.contains(action.subject().kind() + ":" + action.type());
    }

    /** Whether {@code decider}, holding {@code roles}, may approve or reject an action {@code requester} asked for. */
    public Verdict judge(String decider, Set<String> roles, String requester) {
        if (roles.stream().noneMatch(approverRoles::contains)) {
            return Verdict.NOT_AN_APPROVER;
        }
        // Usernames are compared as the identity provider does, without regard to case.
        if (requester != null && requester.equalsIgnoreCase(decider)) {
            return Verdict.SAME_PERSON;
        }
        return Verdict.MAY_DECIDE;
    }

    /** The answer to whether someone may decide on a pending action. */
    public enum Verdict {
        MAY_DECIDE,
        /** Holds none of the approver roles. */
        NOT_AN_APPROVER,
        /** Asked for the action: the second person must be someone else. */
        SAME_PERSON
    }

    private static String entry(String raw) {
        String[] parts = raw.trim().toUpperCase(Locale.ROOT).split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("approval entry must be SUBJECT_KIND:ACTION_TYPE, was " + raw);
        }
        return SubjectKind.valueOf(parts[0].trim()) + ":" + EnforcementType.valueOf(parts[1].trim());
    }
}
