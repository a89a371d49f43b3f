package dev.bulwark.cases.qa;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.intake.NewItem;
import dev.bulwark.cases.intake.NewItemValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * An automatic enforcement offered for QA: the enforced submission as an item (its category is the
 * enforced one) and the actions taken. Its source key identifies the enforcement.
 */
public record AutomatedAction(NewItem item, List<String> actionIds) {

    /** Most actions one enforcement lists. */
    public static final int MAX_ACTION_IDS = 16;

    public AutomatedAction {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }

    /** Checks the item as any review item, and that it names its category and actions. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>(NewItemValidator.violations(item));
        if (item.category() == null) {
            violations.add(new FieldViolation("category", "is required: the enforced category"));
        }
        if (actionIds.isEmpty()) {
            violations.add(new FieldViolation("action_ids", "is required: the actions taken"));
        } else if (actionIds.size() > MAX_ACTION_IDS) {
            violations.add(new FieldViolation("action_ids", "has more than " + MAX_ACTION_IDS + " entries"));
        }
        for (int i = 0; i < actionIds.size() && i < MAX_ACTION_IDS; i++) {
            String id = actionIds.get(i);
            if (id == null || id.isBlank()) {
                violations.add(new FieldViolation("action_ids[" + i + "]", "is blank"));
            } else if (id.length() > NewItemValidator.MAX_KEY_LENGTH) {
                violations.add(new FieldViolation("action_ids[" + i + "]", "is longer than " + NewItemValidator.MAX_KEY_LENGTH));
            }
        }
        return violations;
    }

    public String sourceKey() {
        return item.sourceKey();
    }
}
