package dev.bulwark.action.transparency.rest;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.rest.PageCursor;
import dev.bulwark.action.rest.Problem;
import dev.bulwark.action.rest.Roles;
import dev.bulwark.action.transparency.StatementState;
import dev.bulwark.action.transparency.application.ExportReport;
import dev.bulwark.action.transparency.application.TransparencyExporter;
import dev.bulwark.action.transparency.persistence.TransparencyStatementEntity;
import dev.bulwark.action.transparency.persistence.TransparencyStatementRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Statements of reasons for the DSA Transparency Database: auditors and policy admins list them by
 * state; policy admins run an export at once instead of waiting for the schedule.
 */
@Path("/api/v1/transparency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency", description = "Statements of reasons for the DSA Transparency Database")
public class TransparencyResource {

    static final int MAX_PAGE = 100;

    private final TransparencyStatementRepository statements;
    private final TransparencyExporter exporter;

    public TransparencyResource(TransparencyStatementRepository statements, TransparencyExporter exporter) {
        this.statements = statements;
        this.exporter = exporter;
    }

    @GET
    @Path("/statements")
    @RolesAllowed({Roles.AUDITOR, Roles.POLICY_ADMIN})
    @Operation(summary = "Statements of reasons, oldest first, optionally of one state",
            description = "Paged: pass next back as after for the next page.")
    @APIResponse(responseCode = "200", description = "One page of statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementPageJson.class)))
    @APIResponse(responseCode = "400", description = "An unknown state, a limit out of range or an after this API did "
            + "not return; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an auditor nor a policy admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StatementPageJson> list(
            @Parameter(description = "Only statements in this state", schema = @Schema(implementation = StatementState.class))
                    @QueryParam("state") String state,
            @Parameter(description = "The next of the previous page; absent for the first page")
                    @QueryParam("after") String after,
            @Parameter(description = "Statements per page, 1 to " + MAX_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
                    @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        StatementState filter = state(state, violations);
        if (limit < 1 || limit > MAX_PAGE) {
            violations.add(new FieldViolation("limit", "must be 1 to " + MAX_PAGE));
        }
        PageCursor cursor = cursor(after, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return Panache.withSession(() -> statements.page(filter, cursor == null ? null : cursor.createdAt(),
                        cursor == null ? null : cursor.id(), limit + 1))
                .map(rows -> page(rows, limit));
    }

    @POST
    @Path("/export")
    @RolesAllowed(Roles.POLICY_ADMIN)
    @Operation(summary = "Run an export now instead of waiting for the schedule")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportReport.class)))
    @APIResponse(responseCode = "403", description = "Not a policy admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "transparency-export-off: the export is not enabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExportReport> export() {
        return exporter.run();
    }

    private static StatementState state(String state, List<FieldViolation> violations) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        try {
            return StatementState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("state", "must be one of " + Arrays.toString(StatementState.values())));
            return null;
        }
    }

    private static PageCursor cursor(String after, List<FieldViolation> violations) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        try {
            return PageCursor.parse(after);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("after", "not a cursor of this listing"));
            return null;
        }
    }

    private static StatementPageJson page(List<TransparencyStatementEntity> rows, int limit) {
        List<TransparencyStatementEntity> shown = rows.subList(0, Math.min(limit, rows.size()));
        String next = null;
        if (rows.size() > limit) {
            TransparencyStatementEntity last = shown.get(shown.size() - 1);
            next = new PageCursor(last.createdAt, last.actionId).token();
        }
        return new StatementPageJson(shown.stream().map(StatementJson::of).toList(), next);
    }
}
