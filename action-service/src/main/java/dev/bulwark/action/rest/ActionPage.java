package dev.bulwark.action.rest;

import dev.bulwark.action.enforcement.EnforcementAction;
import java.util.List;

/**
 * One page of a listing of actions.
 *
 * @param next where the next page starts; null on the last page
 */
public record ActionPage(List<EnforcementAction> actions, PageCursor next) {

    /** The page from rows read one beyond {@code limit}: the extra row only tells that another page follows. */
    public static ActionPage of(List<EnforcementAction> rows, int limit) {
        return rows.size() > limit
                ? new ActionPage(rows.subList(0, limit), PageCursor.after(rows.get(limit - 1)))
                : new ActionPage(rows, null);
    }
}
