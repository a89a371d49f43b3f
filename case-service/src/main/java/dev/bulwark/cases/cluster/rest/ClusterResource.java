package dev.bulwark.cases.cluster.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.access.QueueAccessDeniedException;
import dev.bulwark.cases.cluster.ClusterListQuery;
import dev.bulwark.cases.cluster.ClusterNotFoundException;
import dev.bulwark.cases.cluster.MemberResult;
import dev.bulwark.cases.cluster.OpenCluster;
import dev.bulwark.cases.cluster.application.ClusterMembers;
import dev.bulwark.cases.cluster.application.ClusterQuery;
import dev.bulwark.cases.cluster.application.DecideClusterUseCase;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.platform.rest.Problems;
import dev.bulwark.cases.view.rest.CaseJsonMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Clusters of near-duplicate review cases (same queue, nearly the same text, different subjects): see
 * them, and let a senior reviewer decide every member at once. A cluster outside the caller's queues
 * is reported as not found.
 */
@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "Near-duplicate cases and decisions for all of them")
public class ClusterResource {

    private final ClusterQuery clusters;
    private final DecideClusterUseCase decide;
    private final CurrentReviewer caller;

    public ClusterResource(ClusterQuery clusters, DecideClusterUseCase decide, CurrentReviewer caller) {
        this.clusters = clusters;
        this.decide = decide;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "Clusters with at least two unclosed members, highest priority first, then oldest")
    @APIResponse(responseCode = "200", description = "Open clusters of the queues the caller may read")
    @APIResponse(responseCode = "400", description = "Bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The queue asked for is not assigned to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ClusterSummaryJson>> list(
            @Parameter(description = "Only this queue") @QueryParam("queue") String queue,
            @Parameter(description = "How many clusters, 1 to 100 (default 20)") @QueryParam("limit") String limit) {
        ClusterListQuery query = ClusterListQuery.parse(queue, limit);
        QueueAccess access = caller.access();
        if (query.queue() != null && !access.mayRead(query.queue())) {
            throw new QueueAccessDeniedException();
        }
        return clusters.open(query, access.readableQueues())
                .map(open -> open.stream().map(ClusterResource::summary).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "One cluster with all its members, closed ones included, oldest first")
    @APIResponse(responseCode = "200", description = "The cluster")
    @APIResponse(responseCode = "404", description = "No such cluster in the caller's queues",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClusterJson> get(@PathParam("id") String id) {
        return clusters.members(clusterId(id), caller.access()).map(ClusterResource::cluster);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(QueueAccess.SENIOR_REVIEWER)
    @Operation(summary = "Decide every unclosed member of a cluster, each as its own case",
            description = "The decision is validated once, against the policy version of every member, before any "
                    + "member is touched. Then each unclosed member that is not excluded is leased to the caller and "
                    + "decided on its own: its own DECIDED event and, when VIOLATING, its own enforcement. Members "
                    + "another reviewer holds are skipped; one member's failure does not stop the others. Retrying "
                    + "the same decision is safe: decided members answer ALREADY_CLOSED and nothing is enforced twice.")
    @APIResponse(responseCode = "200", description = "What happened to each member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterDecisionResponseJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision; no member was touched",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only senior reviewers decide clusters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster in the caller's queues",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClusterDecisionResponseJson> decide(@PathParam("id") String id, ClusterDecisionRequestJson body) {
        UUID clusterId = clusterId(id);
        ClusterDecisionRequestJson request = body == null ? new ClusterDecisionRequestJson(null, null, null, null, null) : body;
        return decide.decide(clusterId, caller.require(), caller.access(), new DecideClusterUseCase.Request(
                        request.outcome(), request.category(), request.action(), request.note(), request.excludeCaseIds()))
                .map(results -> new ClusterDecisionResponseJson(clusterId, results.stream().map(ClusterResource::member).toList()));
    }

    /** A malformed id names no cluster, so it is a 404 like an unknown one. */
    private static UUID clusterId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ClusterNotFoundException();
        }
    }

    private static ClusterSummaryJson summary(OpenCluster c) {
        return new ClusterSummaryJson(c.id(), c.queue(), c.category(), c.memberCount(), c.oldestCreatedAt(), c.highestPriority());
    }

    private static ClusterJson cluster(ClusterMembers cluster) {
        return new ClusterJson(cluster.id(), cluster.queue(), cluster.unclosed().size(),
                cluster.members().stream().map(CaseJsonMapper::summary).toList());
    }

    private static ClusterDecisionResponseJson.MemberJson member(MemberResult result) {
        return new ClusterDecisionResponseJson.MemberJson(result.caseId(), result.result().name(), result.actionIds(),
                result.problem() == null ? null : Problems.TYPE + result.problem());
    }
}
