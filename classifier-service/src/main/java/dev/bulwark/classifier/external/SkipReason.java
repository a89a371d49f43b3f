package dev.bulwark.classifier.external;

/** Why scoring went on without the external provider. */
public enum SkipReason {
    /** The provider did not answer within the configured timeout. */
    TIMEOUT,
    /** Recent calls failed so often that the circuit breaker lets none through for now. */
    CIRCUIT_OPEN,
    /** The provider answered in a shape that cannot be read. */
    MALFORMED,
    /** The call failed: connection refused, an HTTP error status, and the like. */
    FAILED;

    /** The tag value used in metrics, for example {@code circuit-open}. */
    public String tag() {
        return name().toLowerCase().replace('_', '-');
    }
}
