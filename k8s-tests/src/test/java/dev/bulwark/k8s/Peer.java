package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.Map;

/**
 * One end of a connection as NetworkPolicies see it: a pod (its namespace, labels and named
 * container ports) or an address outside the cluster.
 */
record Peer(String description, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts, boolean external) {

    /** Bulwark's namespace, where every policy of the component lives. */
    static final String OWN_NAMESPACE = "bulwark";

    static Peer of(Deployment deployment) {
        Map<String, Integer> ports = new HashMap<>();
        for (ContainerPort port : Manifests.container(deployment).getPorts()) {
            if (port.getName() != null) {
                ports.put(port.getName(), port.getContainerPort());
            }
        }
        return new Peer(deployment.getMetadata().getName(), OWN_NAMESPACE, deployment.getSpec().getTemplate().getMetadata().getLabels(), ports, false);
    }

    /** A pod of another namespace, known by its labels only. */
    static Peer pod(String namespace, Map<String, String> labels) {
        return new Peer(namespace + "/" + labels, namespace, labels, Map.of(), false);
    }

    /** A pod of Bulwark's namespace that is not a Deployment of the manifests (PostgreSQL, Keycloak). */
    static Peer local(Map<String, String> labels, Map<String, Integer> namedPorts) {
        return new Peer(labels.toString(), OWN_NAMESPACE, labels, namedPorts, false);
    }

    static Peer internet() {
        return new Peer("a public address", null, Map.of(), Map.of(), true);
    }

    /** Labels of the namespace, as the API server sets them automatically. */
    Map<String, String> namespaceLabels() {
        return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
    }

    @Override
    public String toString() {
        return description;
    }
}
