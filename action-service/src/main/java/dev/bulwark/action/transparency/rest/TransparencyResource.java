package dev.bulwark.action.transparency.rest;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
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

/**
 * Statements of reasons for the DSA Transparency Database: auditors and policy admins list them by
 * state; policy admins run an export at once instead of waiting for the schedule.
 */
@Path("/api/v1/transparency")
@Produces(MediaType.APPLICATION_JSON)
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
    public Uni<StatementPageJson> list(@QueryParam("state") String state, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        StatementState filter = state(state, violations);
        if (limit < 1 || limit > MAX_PAGE) {
            violations.add(new FieldViolation("limit", "must be 1 to " + MAX_PAGE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        StatementCursor cursor = after == null || after.isEmpty() ? null : StatementCursor.decode(after);
        return Panache.withSession(() -> statements.page(filter, cursor == null ? null : cursor.createdAt(),
                        cursor == null ? null : cursor.actionId(), limit + 1))
                .map(rows -> page(rows, limit));
    }

    @POST
    @Path("/export")
    @RolesAllowed(Roles.POLICY_ADMIN)
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

    private static StatementPageJson page(List<TransparencyStatementEntity> rows, int limit) {
        List<TransparencyStatementEntity> shown = rows.subList(0, Math.min(limit, rows.size()));
        String next = null;
        if (rows.size() > limit) {
            TransparencyStatementEntity last = shown.get(shown.size() - 1);
            next = new StatementCursor(last.createdAt, last.actionId).encode();
        }
        return new StatementPageJson(shown.stream().map(StatementJson::of).toList(), next);
    }
}
