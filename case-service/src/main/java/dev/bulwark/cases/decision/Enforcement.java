package dev.bulwark.cases.decision;

import java.util.List;

/**
 * What action-service did for a violating decision.
 *
 * @param standing the subject's standing afterwards; null when nothing was enforced
 */
public record Enforcement(List<String> actionIds, Standing standing) {

    public static final Enforcement NONE = new Enforcement(List.of(), null);

    public Enforcement {
        actionIds = List.copyOf(actionIds);
    }

    /** A subject's standing as action-service reports it, for example WARNED with one strike. */
    public record Standing(String state, int activeStrikes) {}
}
