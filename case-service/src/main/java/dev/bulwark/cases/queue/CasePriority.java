package dev.bulwark.cases.queue;

import dev.bulwark.policy.Severity;
import java.time.Duration;

/**
 * Review priority of a case; the higher, the sooner a reviewer gets it.
 *
 * <pre>
 * priority = band(severity) + min(5 * (itemCount - 1), 50) + min(hours open, 49)
 * band: LOW 100, MEDIUM 200, HIGH 300, CRITICAL 400
 * </pre>
 *
 * The bonuses together stay below 100, so severity always dominates: no pile of spam reports
 * outranks a single CRITICAL item. Within a band, more items about the subject and a longer wait
 * move a case up. It is computed when the case opens and again whenever an item joins.
 */
public final class CasePriority {

    static final int BAND = 100;
    static final int PER_EXTRA_ITEM = 5;
    static final int MAX_ITEM_BONUS = 50;
    static final int MAX_AGE_BONUS = 49;

    private CasePriority() {}

    public static int of(Severity severity, int itemCount, Duration age) {
        if (itemCount < 1) {
            throw new IllegalArgumentException("a case has at least one item");
        }
        int band = (severity.ordinal() + 1) * BAND;
        int itemBonus = Math.min(PER_EXTRA_ITEM * (itemCount - 1), MAX_ITEM_BONUS);
        long hours = Math.max(0, age.toHours());
        int ageBonus = (int) Math.min(hours, MAX_AGE_BONUS);
        return band + itemBonus + ageBonus;
    }
}
