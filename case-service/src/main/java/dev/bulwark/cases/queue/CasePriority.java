package dev.bulwark.cases.queue;

import dev.bulwark.policy.Severity;
import java.time.Duration;

/**
 * Review priority of a case; the higher, the sooner a reviewer gets it.
 *
 * <pre>
 * priority = band(severity)
 *          + min(3 * (items - 1) + 5 * reports, 40)   volume: every report weighs more than a repeat submission
 *          + min(floor(4 * log10(reach + 1)), 20)     reach: 10 views give 4, 100,000 give 20
 *          + min(hours open, 39)                      age
 * band: LOW 100, MEDIUM 200, HIGH 300, CRITICAL 400
 * </pre>
 *
 * The bonuses together stay below 100, so severity always dominates: no pile of spam reports
 * outranks a single CRITICAL item. Within a band, volume, reach and waiting move a case up. It is
 * computed when the case opens, whenever an item joins, and while it waits (age grows).
 */
public final class CasePriority {

    static final int BAND = 100;
    static final int PER_EXTRA_ITEM = 3;
    static final int PER_REPORT = 5;
    static final int MAX_VOLUME_BONUS = 40;
    static final int MAX_REACH_BONUS = 20;
    static final int MAX_AGE_BONUS = 39;

    private CasePriority() {}

    public static int of(Severity severity, int itemCount, int reportCount, long reach, Duration age) {
        if (itemCount < 1 || reportCount < 0 || reportCount > itemCount || reach < 0) {
            throw new IllegalArgumentException("a case has at least one item, and no more reports than items");
        }
        int band = (severity.ordinal() + 1) * BAND;
        int volumeBonus = Math.min(PER_EXTRA_ITEM * (itemCount - 1) + PER_REPORT * reportCount, MAX_VOLUME_BONUS);
        int reachBonus = (int) Math.min(Math.floor(4 * Math.log10(reach + 1.0)), MAX_REACH_BONUS);
        long hours = Math.max(0, age.toHours());
        int ageBonus = (int) Math.min(hours, MAX_AGE_BONUS);
        return band + volumeBonus + reachBonus + ageBonus;
    }
}
