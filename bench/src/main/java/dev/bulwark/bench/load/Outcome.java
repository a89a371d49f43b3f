package dev.bulwark.bench.load;

import io.grpc.Status;

/**
 * How one call ended, as a label the latencies are kept under: a verdict (with what came of it, e.g.
 * {@code REVIEW +case}) or a gRPC status code.
 *
 * @param error whether the call failed (its label is then the status code)
 */
public record Outcome(String label, boolean error) implements Comparable<Outcome> {

    /** A call that answered; {@code label} names the answer. */
    public static Outcome ok(String label) {
        return new Outcome(label, false);
    }

    /** A call that failed with {@code code}. */
    public static Outcome error(Status.Code code) {
        return new Outcome(code.name(), true);
    }

    /** By label, so tables list outcomes in the same order every run. */
    @Override
    public int compareTo(Outcome other) {
        int byLabel = label.compareTo(other.label);
        return byLabel != 0 ? byLabel : Boolean.compare(error, other.error);
    }
}
