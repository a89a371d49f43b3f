package dev.bulwark.classifier.tools.evaluate;

/**
 * The 95 % Wilson score interval of a proportion: unlike the normal approximation it stays inside
 * [0, 1] and keeps a sensible width when the proportion is 0 or 1 or the sample is small, which is
 * the usual case for a category with a handful of labelled examples.
 */
public record WilsonInterval(double lower, double upper) {

    /** The standard normal quantile for a two-sided 95 % interval. */
    static final double Z_95 = 1.959963984540054;

    /** The interval of {@code successes} out of {@code trials}; {@code null} when there were no trials. */
    public static WilsonInterval of(long successes, long trials) {
        if (trials <= 0) {
            return null;
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials + " trials");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and at 1 the bound is exactly 0 or 1; floating point would land a hair inside.
        double lower = successes == 0 ? 0 : centre - halfWidth;
        double upper = successes == trials ? 1 : centre + halfWidth;
        return new WilsonInterval(lower, upper);
    }
}
