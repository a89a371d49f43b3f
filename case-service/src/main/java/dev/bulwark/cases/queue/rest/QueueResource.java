package dev.bulwark.cases.queue.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.queue.application.ClaimUseCase;
import dev.bulwark.cases.queue.application.QueueBacklogQuery;
import dev.bulwark.cases.view.application.CaseViewQuery;
import dev.bulwark.cases.view.rest.CaseJsonMapper;
import dev.bulwark.cases.view.rest.CaseViewJson;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review queues: their backlog (every person), and claiming the next case (reviewers of that queue). */
@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues", description = "Review queues and claims")
public class QueueResource {

    /** How often the leased case is read again after losing the database connection. */
    private static final int READ_RETRIES = 2;

    private final QueueBacklogQuery backlog;
    private final ClaimUseCase claims;
    private final CaseViewQuery cases;
    private final CurrentReviewer reviewer;

    public QueueResource(QueueBacklogQuery backlog, ClaimUseCase claims, CaseViewQuery cases, CurrentReviewer reviewer) {
        this.backlog = backlog;
        this.claims = claims;
        this.cases = cases;
        this.reviewer = reviewer;
    }

    @GET
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "Backlog of every queue (the usage policy's, appeals and QA) with handling times of the last 24 hours")
    public Uni<List<QueueBacklogJson>> list() {
        return backlog.backlog().map(queues -> queues.stream()
                .map(q -> new QueueBacklogJson(q.queue(), q.open(), q.claimed(), q.awaitingInfo(), q.escalated(),
                        q.oldestOpenAgeSeconds(), q.slaBreaches(), q.handling().decided(), q.handling().p50Seconds(),
                        q.handling().p90Seconds(), q.handling().p99Seconds()))
                .toList());
    }

    @POST
    @Path("/{queue}/claim")
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA})
    @Operation(summary = "Lease the next case of a queue: highest priority first, then oldest",
            description = "Passes over cases escalated to senior reviewers (unless the caller is one), cases the caller "
                    + "skipped or whose original decision they made, and categories at the caller's daily exposure limit.")
    @APIResponse(responseCode = "200", description = "The case, now leased to the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseViewJson.class)))
    @APIResponse(responseCode = "204", description = "Nothing to claim")
    @APIResponse(responseCode = "403", description = "Not a reviewer of this queue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such queue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database connection was lost; retry after Retry-After seconds. "
            + "A case the lost claim may have leased returns to the queue when its lease runs out.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> claim(@PathParam("queue") String queue) {
        String caller = reviewer.require();
        QueueAccess access = reviewer.access();
        access.requireWork(queue);
        return claims.claimNext(queue, caller, access).chain(claimed -> claimed.isEmpty()
                ? Uni.createFrom().item(Response.noContent().build())
                : cases.find(claimed.get(), access)
                        // The lease is written: read it again rather than answer 503 and strand the case until the lease runs out.
                        .onFailure(StorageUnavailable::is).retry().atMost(READ_RETRIES)
                        .map(details -> Response.ok(CaseJsonMapper.view(details, caller)).build()));
    }
}
