package dev.bulwark.cases.cluster.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.casefile.CaseConflictException;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.cluster.ClusterDecision;
import dev.bulwark.cases.cluster.MemberResult;
import dev.bulwark.cases.cluster.MemberResult.Result;
import dev.bulwark.cases.decision.EnforcementRejectedException;
import dev.bulwark.cases.decision.EnforcementUnavailableException;
import dev.bulwark.cases.decision.application.DecideUseCase;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A senior reviewer's decision for a whole cluster, carried out member by member: each unclosed
 * member is leased to the senior and decided on its own, so it gets its own DECIDED event, decision
 * row and enforcement (whose idempotency key is per case, so a retried cluster decision never
 * enforces twice). Members are decided one after another, and one member's failure does not stop
 * the rest.
 */
@ApplicationScoped
public class DecideClusterUseCase {

    private static final Logger LOG = Logger.getLogger(DecideClusterUseCase.class);

    /** The raw request: read against the members' policies before anything happens. */
    public record Request(String outcome, String category, String action, String note, List<String> excludeCaseIds) {}

    private final ClusterQuery clusters;
    private final MemberLease leases;
    private final DecideUseCase decide;
    private final ActivePolicies policies;

    public DecideClusterUseCase(ClusterQuery clusters, MemberLease leases, DecideUseCase decide, ActivePolicies policies) {
        this.clusters = clusters;
        this.leases = leases;
        this.decide = decide;
        this.policies = policies;
    }

    @WithSpan("DecideCluster")
    public Uni<List<MemberResult>> decide(UUID clusterId, String senior, QueueAccess access, Request request) {
        return clusters.members(clusterId, access).chain(cluster -> {
            access.requireWork(cluster.queue());
            ClusterDecision decision = ClusterDecision.parse(request.outcome(), request.category(), request.action(),
                    request.note(), request.excludeCaseIds(), memberIds(cluster), policiesOf(cluster));
            List<CaseEntity> members = cluster.members().stream().filter(member -> !decision.excludes(member.id)).toList();
            return Multi.createFrom().iterable(members)
                    .onItem().transformToUniAndConcatenate(member -> decideMember(member, clusterId, senior, decision))
                    .collect().asList();
        });
    }

    private Uni<MemberResult> decideMember(CaseEntity member, UUID clusterId, String senior, ClusterDecision decision) {
        if (member.status == CaseStatus.CLOSED) {
            return Uni.createFrom().item(MemberResult.of(member.id, Result.ALREADY_CLOSED));
        }
        return leases.take(member.id, clusterId, senior)
                .chain(lease -> switch (lease) {
                    case HELD -> decide.decide(member.id, senior, decision::under)
                            .map(decided -> new MemberResult(member.id, Result.DECIDED, decided.decision().actionIds(), null));
                    case CLOSED -> Uni.createFrom().item(MemberResult.of(member.id, Result.ALREADY_CLOSED));
                    case LEASED_TO_ANOTHER -> Uni.createFrom().item(MemberResult.of(member.id, Result.SKIPPED_LEASED));
                    case ON_HOLD -> Uni.createFrom().item(MemberResult.of(member.id, Result.SKIPPED_ON_HOLD));
                })
                .onFailure().recoverWithItem(failure -> new MemberResult(member.id, Result.FAILED, List.of(), problem(member.id, failure)));
    }

    private static Set<UUID> memberIds(ClusterMembers cluster) {
        return cluster.members().stream().map(member -> member.id).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy version of every member, so the decision is valid under each before it is applied to any. */
    private List<UsagePolicy> policiesOf(ClusterMembers cluster) {
        return cluster.members().stream()
                .map(member -> member.policyVersion)
                .distinct()
                .map(version -> policies.forDecision(version).policy())
                .toList();
    }

    /** The problem type slug the single-case decision answers the same failure with. */
    private static String problem(UUID caseId, Throwable failure) {
        if (failure instanceof EnforcementUnavailableException) {
            LOG.warnf(failure.getCause(), "action-service unavailable for case %s of a cluster decision", caseId);
            return "enforcement-unavailable";
        }
        if (failure instanceof EnforcementRejectedException) {
            LOG.errorf(failure.getCause(), "action-service refused case %s of a cluster decision", caseId);
            return "enforcement-rejected";
        }
        if (failure instanceof CaseConflictException conflict) {
            return conflict.reason().name().toLowerCase().replace('_', '-');
        }
        if (failure instanceof InvalidInputException) {
            return "invalid-request";
        }
        LOG.errorf(failure, "case %s of a cluster decision failed unexpectedly", caseId);
        return "internal-error";
    }
}
