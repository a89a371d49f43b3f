package dev.bulwark.cases.decision;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.UsagePolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reviewer's decision on a case: a finding that closes it, or an escalation or request for
 * information that keeps it open (both need a note saying why).
 *
 * @param category the violated policy category; required when violating, optional otherwise
 * @param action the action the reviewer chose; null lets the category's ladder choose
 */
public record Decision(Outcome outcome, String category, EnforcementType action, String note) {

    /** Longest note kept with a decision. */
    public static final int MAX_NOTE_LENGTH = 2000;

    /** Parses the reviewer's raw input against the policy, reporting every wrong field at once. */
    public static Decision parse(String outcome, String category, String action, String note, UsagePolicy policy) {
        List<FieldViolation> violations = new ArrayList<>();
        Outcome parsedOutcome = parseEnum(Outcome.class, outcome, "outcome", true, violations);
        EnforcementType parsedAction = parseEnum(EnforcementType.class, action, "action", false, violations);
        String cleanCategory = category == null || category.isBlank() ? null : category;
        if (cleanCategory != null && policy.category(cleanCategory).isEmpty()) {
            violations.add(new FieldViolation("category", "is not a category of policy " + policy.version()));
        } else if (cleanCategory == null && parsedOutcome == Outcome.VIOLATING) {
            violations.add(new FieldViolation("category", "is required when the outcome is VIOLATING"));
        }
        if (parsedOutcome != null && parsedOutcome != Outcome.VIOLATING && parsedAction != null) {
            violations.add(new FieldViolation("action", "only a VIOLATING decision takes an action"));
        }
        if (parsedOutcome != null && !parsedOutcome.closes() && (note == null || note.isBlank())) {
            violations.add(new FieldViolation("note", "is required for " + parsedOutcome
                    + ": say what the next reviewer should look at or which information is missing"));
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add(new FieldViolation("note", "is longer than " + MAX_NOTE_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Decision(parsedOutcome, cleanCategory, parsedAction, note);
    }

    public boolean isViolating() {
        return outcome == Outcome.VIOLATING;
    }

    private static <E extends Enum<E>> E parseEnum(
            Class<E> type, String value, String field, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "is required; one of " + names(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be one of " + names(type)));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
