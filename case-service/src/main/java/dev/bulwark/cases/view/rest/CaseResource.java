package dev.bulwark.cases.view.rest;

import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.view.CaseListQuery;
import dev.bulwark.cases.view.application.CaseViewQuery;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reviewers' read access to cases. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cases under review")
public class CaseResource {

    private final CaseViewQuery cases;

    public CaseResource(CaseViewQuery cases) {
        this.cases = cases;
    }

    @GET
    @Operation(summary = "List cases, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Bad limit, status or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CasePageJson> list(
            @Parameter(description = "Only this queue") @QueryParam("queue") String queue,
            @Parameter(description = "Only this status: OPEN, CLAIMED or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CaseListQuery query = CaseListQuery.parse(queue, status, limit, cursor);
        return cases.list(query).map(CaseJsonMapper::page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its items, history and decision")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseViewJson> get(@PathParam("id") String id) {
        return cases.find(CaseIds.parse(id)).map(CaseJsonMapper::view);
    }
}
