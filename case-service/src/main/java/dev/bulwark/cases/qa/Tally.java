package dev.bulwark.cases.qa;

/** Checked automatic enforcements: how many were confirmed, how many overturned. */
public record Tally(long confirmed, long overturned) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally {
        if (confirmed < 0 || overturned < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
    }

    public Tally plus(Tally other) {
        return new Tally(confirmed + other.confirmed, overturned + other.overturned);
    }

    /** Confirmed out of all checked; null when none was checked. */
    public Rate precision() {
        return new Rate(confirmed, confirmed + overturned);
    }
}
