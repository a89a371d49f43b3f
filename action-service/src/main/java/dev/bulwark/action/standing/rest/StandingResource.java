package dev.bulwark.action.standing.rest;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.rest.PageRequest;
import dev.bulwark.action.rest.Problem;
import dev.bulwark.action.rest.Roles;
import dev.bulwark.action.standing.application.StandingService;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.action.time.TimeSource;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read-only standing and action history of a subject for reviewers, QA, policy admins and auditors:
 * {@code type} is {@code account}, {@code organization} or {@code api-key}.
 */
@Path("/api/v1/subjects/{type}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.QA, Roles.POLICY_ADMIN, Roles.AUDITOR})
@Tag(name = "Subjects", description = "Standing and action history of accounts, organisations and API keys")
public class StandingResource {

    /** Most actions one page of history holds. */
    static final int MAX_PAGE = 100;
    private static final int MAX_ID = 256;

    private final StandingService standings;
    private final TimeSource time;

    public StandingResource(StandingService standings, TimeSource time) {
        this.standings = standings;
        this.time = time;
    }

    @GET
    @Path("/standing")
    @Operation(summary = "A subject's standing and its most recent actions",
            description = "The state (GOOD, WARNED, RESTRICTED, SUSPENDED, BANNED) projected from the actions in force "
                    + "and the active strikes; an account's or API key's is seen with its organisation's. A subject "
                    + "never actioned is in good standing.")
    @APIResponse(responseCode = "200", description = "The standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown subject type or an id of the wrong length; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer, senior reviewer, QA, policy admin or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StandingJson> standing(@Parameter(description = "account, organization or api-key",
                    schema = @Schema(enumeration = {"account", "organization", "api-key"})) @PathParam("type") String type,
            @Parameter(description = "The subject's id (1 to 256 characters)") @PathParam("id") String id) {
        List<FieldViolation> violations = new ArrayList<>();
        Subject subject = subject(type, id, violations);
        rejectIfAny(violations);
        return standings.history(subject, time.now()).map(StandingJson::of);
    }

    @GET
    @Path("/actions")
    @Operation(summary = "Every action a subject ever had, newest first",
            description = "Includes actions waiting for approval, rejected, run out and reverted, with the times each "
                    + "change happened. Paged: pass nextCursor back as cursor for the next, older page.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionHistoryJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown subject type, an id of the wrong length, a limit out of "
            + "range or a cursor this API did not return; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer, senior reviewer, QA, policy admin or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ActionHistoryJson> actions(@Parameter(description = "account, organization or api-key",
                    schema = @Schema(enumeration = {"account", "organization", "api-key"})) @PathParam("type") String type,
            @Parameter(description = "The subject's id (1 to 256 characters)") @PathParam("id") String id,
            @Parameter(description = "The nextCursor of the previous page; absent for the first page")
                    @QueryParam("cursor") String cursor,
            @Parameter(description = "Actions per page, 1 to " + MAX_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit") @DefaultValue("20") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        Subject subject = subject(type, id, violations);
        PageRequest page = PageRequest.read(cursor, limit, MAX_PAGE, violations);
        rejectIfAny(violations);
        return standings.actions(subject, page.after(), page.limit()).map(ActionHistoryJson::of);
    }

    private static Subject subject(String type, String id, List<FieldViolation> violations) {
        SubjectKind kind = switch (type.toLowerCase(Locale.ROOT)) {
            case "account" -> SubjectKind.ACCOUNT;
            case "organization" -> SubjectKind.ORGANIZATION;
            case "api-key" -> SubjectKind.API_KEY;
            default -> null;
        };
        if (kind == null) {
            violations.add(new FieldViolation("type", "must be account, organization or api-key"));
        }
        if (id.isBlank() || id.length() > MAX_ID) {
            violations.add(new FieldViolation("id", "must be 1 to " + MAX_ID + " characters"));
        }
        return kind == null ? null : Subject.of(kind, id);
    }

    private static void rejectIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
