package dev.bulwark.cases.queue.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.queue.application.ClaimUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Giving a leased case back to its queue: released for anyone, or skipped for someone else. */
@Path("/api/v1/cases/{id}")
@Tag(name = "Queues")
@RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA})
@APIResponse(responseCode = "404", description = "No such case",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The caller does not hold the lease, or the case is closed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The database connection was lost; retry after Retry-After seconds "
        + "(a 409 then may mean the first attempt went through)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LeaseResource {

    private final ClaimUseCase claims;
    private final CurrentReviewer reviewer;

    public LeaseResource(ClaimUseCase claims, CurrentReviewer reviewer) {
        this.claims = claims;
        this.reviewer = reviewer;
    }

    @POST
    @Path("/release")
    @Operation(summary = "Release a case the caller holds; anyone, the caller included, may claim it next")
    @APIResponse(responseCode = "204", description = "Released; the case is open again")
    public Uni<Void> release(@PathParam("id") String id) {
        return claims.release(CaseIds.parse(id), reviewer.require());
    }

    @POST
    @Path("/skip")
    @Operation(summary = "Skip a case the caller holds: it goes back to its queue and is never handed to the caller again")
    @APIResponse(responseCode = "204", description = "Skipped; the case is open for other reviewers")
    public Uni<Void> skip(@PathParam("id") String id) {
        return claims.skip(CaseIds.parse(id), reviewer.require());
    }
}
