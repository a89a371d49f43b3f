package dev.bulwark.action.transparency;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Builds the statement of reasons of an enforcement action under the operator's {@link ExportRules}.
 *
 * <ul>
 *   <li>A warning restricts nothing, so it is no decision Article 17 DSA asks a statement for: it is
 *       not reportable.
 *   <li>A restriction limits some features for a while: a partial suspension of the provision of the
 *       service, ending when the restriction does.
 *   <li>A suspension suspends the account until it ends; a ban terminates the account.
 * </ul>
 *
 * The ground is the usage policy (content incompatible with the terms), unless the operator maps the
 * category as illegal content with the legal ground relied on. The statement names neither the subject
 * nor the content: only the action's policy vocabulary and the platform's id of the statement.
 */
public final class StatementMapper {

    public static final String PUID_PREFIX = "bulwark-";
    public static final String CATEGORY_UNMAPPED = "CATEGORY_UNMAPPED";

    static final int MAX_FACTS = 5000;
    static final int MAX_EXPLANATION = 2000;

    private final ExportRules rules;

    public StatementMapper(ExportRules rules) {
        this.rules = rules;
    }

    /** Whether actions of this type get a statement at all. */
    public static boolean reportable(EnforcementType type) {
        return type != EnforcementType.WARN;
    }

    /** The platform's id of an action's statement: the same on every export, unique per action. */
    public static String puidOf(UUID actionId) {
        return PUID_PREFIX + actionId;
    }

    /** @throws IllegalArgumentException for a warning, which is not reportable */
    public StatementDraft draft(EnforcementAction action) {
        if (!reportable(action.type())) {
            throw new IllegalArgumentException("a warning restricts nothing and needs no statement of reasons");
        }
        String category = rules.categories().get(action.category());
        if (category == null) {
            return new StatementDraft.Blocked(CATEGORY_UNMAPPED + ": no DSA category is mapped for the usage policy"
                    + " category '" + action.category() + "' (set bulwark.action.transparency.categories.\""
                    + action.category() + "\")");
        }
        String legalGround = rules.illegalGrounds().get(action.category());
        boolean illegal = legalGround != null;
        LocalDate applied = dateOf(action.inForceSince());
        EnforcementType type = action.type();
        return new StatementDraft.Ready(new StatementOfReasons(
                puidOf(action.id()),
                type == EnforcementType.RESTRICT ? "DECISION_PROVISION_PARTIAL_SUSPENSION" : null,
                type == EnforcementType.RESTRICT ? dateOf(action.expiresAt()) : null,
                switch (type) {
                    case SUSPEND -> "DECISION_ACCOUNT_SUSPENDED";
                    case BAN -> "DECISION_ACCOUNT_TERMINATED";
                    case WARN, RESTRICT -> null;
                },
                type == EnforcementType.SUSPEND ? dateOf(action.expiresAt()) : null,
                // An organisation is a business user; whether an account is a trader's is not known here.
                action.subject().kind() == SubjectKind.ORGANIZATION ? "ACCOUNT_TYPE_BUSINESS" : null,
                illegal ? "DECISION_GROUND_ILLEGAL_CONTENT" : "DECISION_GROUND_INCOMPATIBLE_CONTENT",
                rules.policyUrl(),
                illegal ? null : policyReference(action),
                illegal ? null : clip("The content falls under the category '" + action.category()
                        + "' of the usage policy, which the terms of service prohibit.", MAX_EXPLANATION),
                legalGround,
                illegal ? clip("The content falls under the category '" + action.category()
                        + "' of the usage policy, content the platform treats as illegal on that ground ("
                        + policyReference(action) + ").", MAX_EXPLANATION) : null,
                category,
                rules.contentTypes(),
                rules.territorialScope(),
                // The content's own date is not known to enforcement: the decision's date stands in.
                applied,
                applied,
                facts(action),
                "SOURCE_VOLUNTARY",
                automatedDetection(action) ? "Yes" : "No",
                action.origin() == ActionOrigin.AUTOMATED ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED"));
    }

    /** A classifier was involved: the decision was automatic, or the models that scored the content are known. */
    static boolean automatedDetection(EnforcementAction action) {
        return action.origin() == ActionOrigin.AUTOMATED || !action.provenance().modelVersions().isEmpty();
    }

    private static String policyReference(EnforcementAction action) {
        String version = action.provenance().policyVersion();
        return "Usage policy, version " + (version == null ? "not recorded" : version)
                + ", category '" + action.category() + "'";
    }

    private static String facts(EnforcementAction action) {
        List<String> scoredBy = action.provenance().modelVersions();
        String finding = action.origin() == ActionOrigin.AUTOMATED
                ? "Automated classifiers scored the content above the enforcement threshold of the usage policy"
                        + " category '" + action.category() + "'"
                : "A reviewer found that the content violates the usage policy category '" + action.category() + "'";
        String models = scoredBy.isEmpty() ? "" : action.origin() == ActionOrigin.AUTOMATED
                ? " (models: " + String.join(", ", scoredBy) + ")"
                : ", after classifiers scored it (models: " + String.join(", ", scoredBy) + ")";
        String version = action.provenance().policyVersion();
        String policy = version == null ? "the usage policy" : "usage policy version " + version;
        return clip(finding + models + ". The decision under " + policy + ": " + outcome(action) + ".", MAX_FACTS);
    }

    private static String outcome(EnforcementAction action) {
        return switch (action.type()) {
            case RESTRICT -> "a restriction of " + (action.features().isEmpty() ? "some features"
                    : "the features " + String.join(", ", action.features())) + " until " + dateOf(action.expiresAt());
            case SUSPEND -> "a suspension of the account until " + dateOf(action.expiresAt());
            case BAN -> "the termination of the account";
            case WARN -> "a warning";
        };
    }

    private static LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
