package dev.bulwark.action.standing.rest;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.rest.Roles;
import dev.bulwark.action.standing.application.StandingService;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.action.time.TimeSource;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read-only standing of a subject for reviewers, QA, policy admins and auditors: {@code type} is
 * {@code account} or {@code organization}.
 */
@Path("/api/v1/subjects/{type}/{id}/standing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.QA, Roles.POLICY_ADMIN, Roles.AUDITOR})
public class StandingResource {

    private static final int MAX_ID = 256;

    private final StandingService standings;
    private final TimeSource time;

    public StandingResource(StandingService standings, TimeSource time) {
        this.standings = standings;
        this.time = time;
    }

    @GET
    public Uni<StandingJson> standing(@PathParam("type") String type, @PathParam("id") String id) {
        Subject subject = subject(type, id);
        return standings.history(subject, time.now()).map(StandingJson::of);
    }

    private static Subject subject(String type, String id) {
        List<FieldViolation> violations = new ArrayList<>();
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
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return Subject.of(kind, id);
    }
}
