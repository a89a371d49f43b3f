package dev.bulwark.cases.cluster.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.cluster.ClusterMatch;
import dev.bulwark.cases.cluster.ClusterThreshold;
import dev.bulwark.cases.cluster.Fingerprint;
import dev.bulwark.cases.cluster.persistence.ClusterRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a newly opened review case into the cluster of its nearest near-duplicate: the unclosed review
 * case of the same queue whose text fingerprint is fewest bits away, within the configured threshold.
 * A match in no cluster yet starts one with the new case. Runs in the caller's transaction.
 */
// Created at startup, so an invalid threshold stops the service instead of the first OpenCase.
@Startup
@ApplicationScoped
public class ClusterAssigner {

    private final ClusterRepository clusters;
    private final CaseRepository cases;
    private final CaseJournal journal;
    private final ClusterThreshold threshold;

    public ClusterAssigner(ClusterRepository clusters, CaseRepository cases, CaseJournal journal, CasesConfig config) {
        this.clusters = clusters;
        this.cases = cases;
        this.journal = journal;
        this.threshold = new ClusterThreshold(config.cluster().maxDistance());
    }

    public Uni<Void> assign(CaseEntity opened, String text, Instant now) {
        Optional<Fingerprint> fingerprint = Fingerprint.of(text);
        if (opened.kind != CaseKind.REVIEW || fingerprint.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Fingerprint probe = fingerprint.get();
        return clusters.fingerprint(opened.id, probe)
                .chain(() -> clusters.candidates(opened.queue, probe, opened.id))
                .chain(candidates -> joinFirst(opened, ClusterMatch.ranked(probe, candidates, threshold), now));
    }

    /** Joins the best match that is still unclosed once locked; it may have been decided since the lookup. */
    private Uni<Void> joinFirst(CaseEntity opened, List<ClusterMatch> matches, Instant now) {
        if (matches.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ClusterMatch best = matches.get(0);
        return cases.findForUpdate(best.candidate().caseId()).chain(match -> match == null || match.status == CaseStatus.CLOSED
                ? joinFirst(opened, matches.subList(1, matches.size()), now)
                : join(opened, match, best.distance(), now));
    }

    /** Under the match's lock, so two new cases matching it at once cannot start two clusters. */
    private Uni<Void> join(CaseEntity opened, CaseEntity match, int distance, Instant now) {
        return clusters.clusterOf(match.id).chain(existing -> {
            if (existing != null) {
                return clustered(opened, existing, distance, match.id, now);
            }
            UUID started = UUID.randomUUID();
            return clustered(match, started, distance, opened.id, now)
                    .chain(() -> clustered(opened, started, distance, match.id, now));
        });
    }

    private Uni<Void> clustered(CaseEntity kase, UUID clusterId, int distance, UUID matchedCaseId, Instant now) {
        CaseEvent event = kase.state().annotate(CaseEventType.CLUSTERED, CaseEvent.SYSTEM, now);
        Map<String, Object> details = Map.of(
                "clusterId", clusterId.toString(), "distance", distance, "matchedCaseId", matchedCaseId.toString());
        return clusters.setCluster(kase.id, clusterId)
                .chain(() -> journal.append(kase, event, details))
                .replaceWithVoid();
    }
}
