package dev.bulwark.cases.view.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.access.QueueAccessDeniedException;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.view.CaseListParameters;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(summary = "List cases, newest first, a page at a time",
            description = "Filters combine; pass the same filters with nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePageJson.class),
                    examples = @ExampleObject(name = "page", value = CaseExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit, status, kind, subject, creation window or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = CaseExamples.INVALID_LIST)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The queue asked for is not assigned to the caller, or no reading role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CasePageJson> list(
            @Parameter(description = "Only this queue") @QueryParam("queue") String queue,
            @Parameter(description = "Only this status: OPEN, CLAIMED, AWAITING_INFO or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "Only this kind: REVIEW, APPEAL or QA") @QueryParam("kind") String kind,
            @Parameter(description = "Only this policy category", example = "harassment") @QueryParam("category") String category,
            @Parameter(description = "Only cases about this subject: ACCOUNT, ORGANIZATION or API_KEY, with subjectId")
                    @QueryParam("subjectType") String subjectType,
            @Parameter(description = "Only cases about this subject, with subjectType") @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Only cases this reviewer holds the lease on") @QueryParam("assignee") String assignee,
            @Parameter(description = "Only cases created at or after this ISO-8601 instant", example = "2026-11-26T00:00:00Z")
                    @QueryParam("createdFrom") String createdFrom,
            @Parameter(description = "Only cases created before this ISO-8601 instant", example = "2026-11-27T00:00:00Z")
                    @QueryParam("createdTo") String createdTo,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CaseListQuery query = CaseListQuery.parse(new CaseListParameters(queue, status, kind, category, subjectType,
                subjectId, assignee, createdFrom, createdTo, limit, cursor));
        QueueAccess access = caller.access();
        if (query.queue() != null && !access.mayRead(query.queue())) {
            throw new QueueAccessDeniedException();
        }
        return cases.list(query, access.readableQueues()).map(CaseJsonMapper::page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its items (blurred until the caller reveals them), history, notes, decision, "
            + "and the subject's standing and other cases")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseViewJson.class),
                    examples = @ExampleObject(name = "case", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has no reading role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not in a queue the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = CaseExamples.CASE_NOT_FOUND)))
    public Uni<CaseViewJson> get(@PathParam("id") String id) {
        String reader = caller.require();
        return cases.find(CaseIds.parse(id), caller.access()).map(details -> CaseJsonMapper.view(details, reader));
    }
}
