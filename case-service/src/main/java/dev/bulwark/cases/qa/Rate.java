package dev.bulwark.cases.qa;

/** A share with the counts behind it; its value is null when there is nothing to count. */
public record Rate(long part, long whole) {

    public Rate {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a rate counts a part of its whole");
        }
    }

    public Double value() {
        return whole == 0 ? null : (double) part / whole;
    }
}
