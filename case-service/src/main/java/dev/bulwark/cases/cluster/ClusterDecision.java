package dev.bulwark.cases.cluster;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.policy.UsagePolicy;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A senior reviewer's finding for every member of a cluster. It is read once, against the policy
 * version of every member, before any member is touched; each member is then decided under its own
 * policy version with {@link #under}.
 *
 * @param excluded members the decision leaves alone
 */
public record ClusterDecision(String outcome, String category, String action, String note, Set<UUID> excluded) {

    public ClusterDecision {
        excluded = Set.copyOf(excluded);
    }

    /** Parses the raw request, reporting every wrong field at once. */
    public static ClusterDecision parse(String outcome, String category, String action, String note,
            List<String> excludeCaseIds, Set<UUID> members, Collection<UsagePolicy> policies) {
        Set<FieldViolation> violations = new LinkedHashSet<>();
        if (outcome != null && isKnown(outcome) && !Outcome.valueOf(outcome).closes()) {
            violations.add(new FieldViolation("outcome",
                    "must be VIOLATING or NOT_VIOLATING: escalations and requests for information are made case by case"));
        }
        for (UsagePolicy policy : policies) {
            try {
                Decision.parse(outcome, category, action, note, policy);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        Set<UUID> excluded = new HashSet<>();
        List<String> ids = excludeCaseIds == null ? List.of() : excludeCaseIds;
        for (int i = 0; i < ids.size(); i++) {
            String field = "excludeCaseIds[" + i + "]";
            try {
                UUID id = UUID.fromString(String.valueOf(ids.get(i)));
                if (!members.contains(id)) {
                    violations.add(new FieldViolation(field, "is not a member of this cluster"));
                }
                excluded.add(id);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(field, "is not a case id"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(List.copyOf(violations));
        }
        return new ClusterDecision(outcome, category, action, note, excluded);
    }

    /** The decision for one member, read under that member's policy version. */
    public Decision under(UsagePolicy policy) {
        return Decision.parse(outcome, category, action, note, policy);
    }

    public boolean excludes(UUID caseId) {
        return excluded.contains(caseId);
    }

    private static boolean isKnown(String outcome) {
        for (Outcome known : Outcome.values()) {
            if (known.name().equals(outcome)) {
                return true;
            }
        }
        return false;
    }
}
