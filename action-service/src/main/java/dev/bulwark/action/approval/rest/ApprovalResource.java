package dev.bulwark.action.approval.rest;

import dev.bulwark.action.approval.Decision;
import dev.bulwark.action.approval.application.DecideApprovalUseCase;
import dev.bulwark.action.approval.application.PendingApprovals;
import dev.bulwark.action.approval.rest.ApprovalJson.DecidedJson;
import dev.bulwark.action.approval.rest.ApprovalJson.NoteJson;
import dev.bulwark.action.approval.rest.ApprovalJson.PageJson;
import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.rest.PageRequest;
import dev.bulwark.action.rest.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Two-person approval: the queue of actions waiting for a second person, and their approval or
 * rejection. Open to the configured approver roles (senior reviewers and policy admins by default);
 * the person who asked for an action cannot decide on it (409 {@code same-person}).
 */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${bulwark.action.approval.approver-roles}")
@Tag(name = "Approvals", description = "Two-person approval of severe actions")
public class ApprovalResource {

    private static final String REJECT_EXAMPLE = """
            {"note": "The reported messages were quotes; a warning is enough."}
            """;

    private static final int MAX_NOTE = 1024;

    private final PendingApprovals pending;
    private final DecideApprovalUseCase decide;
    private final SecurityIdentity caller;

    public ApprovalResource(PendingApprovals pending, DecideApprovalUseCase decide, SecurityIdentity caller) {
        this.pending = pending;
        this.decide = decide;
        this.caller = caller;
    }

    /** Pending actions, oldest first; {@code nextCursor} fetches the next page. */
    @GET
    @Operation(summary = "Actions waiting for a second person, oldest first",
            description = "Paged: pass nextCursor back as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of pending actions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageJson.class)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this API did not return; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No approver role (senior reviewers and policy admins by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageJson> pending(
            @Parameter(description = "The nextCursor of the previous page; absent for the first page")
                    @QueryParam("cursor") String cursor,
            @Parameter(description = "Actions per page, 1 to " + PendingApprovals.MAX_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
                    @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        PageRequest page = PageRequest.read(cursor, limit, PendingApprovals.MAX_PAGE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return pending.page(page.after(), page.limit()).map(PageJson::of);
    }

    /** The action takes effect now: its strike counts, identity effects follow, a timed action runs from now. */
    @POST
    @Path("/{actionId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a pending action",
            description = "It takes effect now: its strike counts, identity effects follow, a timed action runs from now.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteJson.class)))
    @APIResponse(responseCode = "200", description = "The action, now IN_FORCE, and its subject's standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecidedJson.class)))
    @APIResponse(responseCode = "400", description = "The action id is not a UUID or the note is too long; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No approver role (senior reviewers and policy admins by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "same-person: the caller asked for the action; not-pending: it "
            + "was decided already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DecidedJson> approve(@PathParam("actionId") String actionId, NoteJson body) {
        return decide.approve(decision(actionId, body, false)).map(DecidedJson::of);
    }

    /** The action never takes effect; the note saying why is required. */
    @POST
    @Path("/{actionId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending action", description = "It never takes effect; the note saying why is required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoteJson.class), examples = @ExampleObject(name = "reject", value = REJECT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The action, now REJECTED, and its subject's standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecidedJson.class)))
    @APIResponse(responseCode = "400", description = "The action id is not a UUID or the note is missing or too long; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No approver role (senior reviewers and policy admins by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "same-person: the caller asked for the action; not-pending: it "
            + "was decided already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DecidedJson> reject(@PathParam("actionId") String actionId, NoteJson body) {
        return decide.reject(decision(actionId, body, true)).map(DecidedJson::of);
    }

    private Decision decision(String actionId, NoteJson body, boolean noteRequired) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID id = null;
        try {
            id = UUID.fromString(actionId);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("actionId", "must be a UUID"));
        }
        String note = body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
        if (note == null && noteRequired) {
            violations.add(new FieldViolation("note", "is required to reject"));
        } else if (note != null && note.length() > MAX_NOTE) {
            violations.add(new FieldViolation("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Decision(id, caller.getPrincipal().getName(), caller.getRoles(), note);
    }
}
