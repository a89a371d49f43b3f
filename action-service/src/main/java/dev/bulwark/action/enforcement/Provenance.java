package dev.bulwark.action.enforcement;

import java.util.List;

/**
 * What produced the decision behind an action: the policy version it was made under, the versions of
 * the models that scored the content, and the ids of the classifier signals behind the scores.
 *
 * @param policyVersion null when the caller did not say
 */
public record Provenance(String policyVersion, List<String> modelVersions, List<String> signalIds) {

    /** Nothing known about what produced the decision. */
    public static final Provenance NONE = new Provenance(null, List.of(), List.of());

    public Provenance {
        modelVersions = modelVersions == null ? List.of() : List.copyOf(modelVersions);
        signalIds = signalIds == null ? List.of() : List.copyOf(signalIds);
    }
}
