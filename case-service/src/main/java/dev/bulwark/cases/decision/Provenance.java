package dev.bulwark.cases.decision;

import java.util.List;

/**
 * What a reviewer's decision rests on, as action-service records it: the case's policy version, the
 * models that scored the case's items and the signals they found in the decided category.
 */
public record Provenance(String policyVersion, List<String> modelVersions, List<String> signalIds) {

    public Provenance {
        modelVersions = List.copyOf(modelVersions);
        signalIds = List.copyOf(signalIds);
    }
}
