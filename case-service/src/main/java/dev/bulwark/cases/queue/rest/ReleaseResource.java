package dev.bulwark.cases.queue.rest;

import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.queue.application.ClaimUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gives a leased case back to its queue. */
@Path("/api/v1/cases/{id}/release")
@Tag(name = "Queues")
public class ReleaseResource {

    private final ClaimUseCase claims;
    private final CurrentReviewer reviewer;

    public ReleaseResource(ClaimUseCase claims, CurrentReviewer reviewer) {
        this.claims = claims;
        this.reviewer = reviewer;
    }

    @POST
    @RolesAllowed(QueueAccess.REVIEWER)
    @Operation(summary = "Release a case the caller holds")
    @APIResponse(responseCode = "204", description = "Released; the case is open again")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The caller does not hold the lease",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> release(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id);
        return claims.release(caseId, reviewer.require());
    }
}
