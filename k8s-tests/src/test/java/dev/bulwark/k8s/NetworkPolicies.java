package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;

/**
 * Decides whether the NetworkPolicies of Bulwark's namespace let one peer open a TCP connection to
 * another, as the specification says: a pod that some policy selects for a direction accepts only
 * what one of those policies allows; an unselected pod is open in that direction.
 */
record NetworkPolicies(List<NetworkPolicy> policies) {

    boolean allows(Peer from, Peer to, int port) {
        return egressAllowed(from, to, port) && ingressAllowed(from, to, port);
    }

    /** The policies that select a pod of Bulwark's namespace. */
    List<NetworkPolicy> selecting(Peer pod) {
        if (pod.external() || !Peer.OWN_NAMESPACE.equals(pod.namespace())) {
            return List.of();
        }
        return policies.stream().filter(p -> Selectors.matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    /** Whether the policies of {@code from} let it send (the destination's policies aside). */
    boolean egressAllowed(Peer from, Peer to, int port) {
        List<NetworkPolicy> governing = selecting(from).stream().filter(p -> p.getSpec().getPolicyTypes().contains("Egress")).toList();
        if (from.external() || !Peer.OWN_NAMESPACE.equals(from.namespace()) || governing.isEmpty()) {
            return true;
        }
        return governing.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port));
    }

    /** Whether the policies of {@code to} let it accept (the source's policies aside). */
    boolean ingressAllowed(Peer from, Peer to, int port) {
        List<NetworkPolicy> governing = selecting(to).stream().filter(p -> p.getSpec().getPolicyTypes().contains("Ingress")).toList();
        if (to.external() || !Peer.OWN_NAMESPACE.equals(to.namespace()) || governing.isEmpty()) {
            return true;
        }
        return governing.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port));
    }

    /** An empty peer list matches everything. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Peer peer) {
        return peers.isEmpty() || peers.stream().anyMatch(p -> peerMatches(p, peer));
    }

    private static boolean peerMatches(NetworkPolicyPeer rule, Peer peer) {
        if (rule.getIpBlock() != null) {
            // Pod addresses are private; the component's ipBlocks name public ones.
            return peer.external();
        }
        if (peer.external()) {
            return false;
        }
        boolean namespaceMatches = rule.getNamespaceSelector() == null
                ? Peer.OWN_NAMESPACE.equals(peer.namespace())
                : Selectors.matches(rule.getNamespaceSelector(), peer.namespaceLabels());
        boolean podMatches = rule.getPodSelector() == null || Selectors.matches(rule.getPodSelector(), peer.labels());
        return namespaceMatches && podMatches;
    }

    /** An empty port list matches every port; a named port is the destination pod's container port of that name. */
    private static boolean portsMatch(List<NetworkPolicyPort> ports, Peer to, int port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            IntOrString rulePort = p.getPort();
            if (rulePort == null) {
                return true;
            }
            Integer number = rulePort.getStrVal() != null ? to.namedPorts().get(rulePort.getStrVal()) : rulePort.getIntVal();
            return number != null && number == port;
        });
    }
}
