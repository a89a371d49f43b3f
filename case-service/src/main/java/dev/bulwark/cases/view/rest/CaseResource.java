package dev.bulwark.cases.view.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.access.QueueAccessDeniedException;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.view.CaseListQuery;
import dev.bulwark.cases.view.application.CaseViewQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read access to cases, limited to the queues the caller may read: a case outside them is reported
 * as not found, so its existence does not leak.
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cases under review")
@RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
public class CaseResource {

    private final CaseViewQuery cases;
    private final CurrentReviewer caller;

    public CaseResource(CaseViewQuery cases, CurrentReviewer caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List cases, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "403", description = "The queue asked for is not assigned to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Bad limit, status or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CasePageJson> list(
            @Parameter(description = "Only this queue") @QueryParam("queue") String queue,
            @Parameter(description = "Only this status: OPEN, CLAIMED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CaseListQuery query = CaseListQuery.parse(queue, status, limit, cursor);
        QueueAccess access = caller.access();
        if (query.queue() != null && !access.mayRead(query.queue())) {
            throw new QueueAccessDeniedException();
        }
        return cases.list(query, access.readableQueues()).map(CaseJsonMapper::page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its items, history and decision")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseViewJson> get(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id);
        QueueAccess access = caller.access();
        return cases.find(caseId)
                .invoke(details -> {
                    if (!access.mayRead(details.kase().queue)) {
                        throw new CaseNotFoundException(caseId);
                    }
                })
                .map(CaseJsonMapper::view);
    }
}
