package dev.bulwark.action.approval.rest;

import dev.bulwark.action.approval.Decision;
import dev.bulwark.action.approval.PageCursor;
import dev.bulwark.action.approval.application.DecideApprovalUseCase;
import dev.bulwark.action.approval.application.PendingApprovals;
import dev.bulwark.action.approval.rest.ApprovalJson.DecidedJson;
import dev.bulwark.action.approval.rest.ApprovalJson.NoteJson;
import dev.bulwark.action.approval.rest.ApprovalJson.PageJson;
import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
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

/**
 * Two-person approval: the queue of actions waiting for a second person, and their approval or
 * rejection. Open to the configured approver roles (senior reviewers and policy admins by default);
 * the person who asked for an action cannot decide on it (409 {@code same-person}).
 */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${bulwark.action.approval.approver-roles}")
public class ApprovalResource {

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
    public Uni<PageJson> pending(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        if (limit < 1 || limit > PendingApprovals.MAX_PAGE) {
            violations.add(new FieldViolation("limit", "must be 1 to " + PendingApprovals.MAX_PAGE));
        }
        PageCursor after = null;
        try {
            after = cursor == null || cursor.isEmpty() ? null : PageCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("cursor", "must be a nextCursor this API returned"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return pending.page(after, limit).map(PageJson::of);
    }

    /** The action takes effect now: its strike counts, identity effects follow, a timed action runs from now. */
    @POST
    @Path("/{actionId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DecidedJson> approve(@PathParam("actionId") String actionId, NoteJson body) {
        return decide.approve(decision(actionId, body, false)).map(DecidedJson::of);
    }

    /** The action never takes effect; the note saying why is required. */
    @POST
    @Path("/{actionId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
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
