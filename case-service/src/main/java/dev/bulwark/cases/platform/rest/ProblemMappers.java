package dev.bulwark.cases.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bulwark.cases.access.QueueAccessDeniedException;
import dev.bulwark.cases.casefile.CaseConflictException;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.decision.EnforcementRejectedException;
import dev.bulwark.cases.decision.EnforcementUnavailableException;
import dev.bulwark.cases.queue.UnknownQueueException;
import dev.bulwark.restproblems.NulCharacterException;
import dev.bulwark.storagefaults.NulCharacters;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one set of exception mappers: every REST error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.description()))
                .toList();
        return Problems.respond(new Problem(Problems.TYPE + "invalid-request", "Invalid request", 400,
                "The request has invalid fields; see violations.", Problems.path(uri), violations));
    }

    /** A NUL character in the body or a parameter: the fields that hold one, as invalid. */
    @ServerExceptionMapper
    public Response nulCharacter(NulCharacterException e, UriInfo uri) {
        return invalid(new InvalidInputException(e.fields().stream()
                .map(field -> new FieldViolation(field, NulCharacters.DESCRIPTION)).toList()), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Optional<NulCharacterException> nul = NulCharacterException.within(e);
        if (nul.isPresent()) {
            return nulCharacter(nul.get(), uri);
        }
        return Problems.respond(400, "malformed-body", "Malformed body", "The body is not the JSON this endpoint takes.", uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Problems.respond(401, "unauthenticated", "Unauthenticated", "A valid bearer token of the Bulwark realm is required.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.respond(403, "forbidden", "Forbidden", "The caller's roles do not allow this.", uri);
    }

    @ServerExceptionMapper
    public Response queueDenied(QueueAccessDeniedException e, UriInfo uri) {
        return Problems.respond(403, "queue-not-assigned", "Forbidden", "This queue is not assigned to the caller.", uri);
    }

    @ServerExceptionMapper
    public Response caseNotFound(CaseNotFoundException e, UriInfo uri) {
        return Problems.respond(404, "case-not-found", "Case not found", "No case has this id.", uri);
    }

    @ServerExceptionMapper
    public Response queueNotFound(UnknownQueueException e, UriInfo uri) {
        return Problems.respond(404, "queue-not-found", "Queue not found", "The usage policy has no such queue.", uri);
    }

    @ServerExceptionMapper
    public Response conflict(CaseConflictException e, UriInfo uri) {
        String slug = e.reason().name().toLowerCase().replace('_', '-');
        return Problems.respond(409, slug, "Conflict", e.reason().message() + ".", uri);
    }

    @ServerExceptionMapper
    public Response unavailable(EnforcementUnavailableException e, UriInfo uri) {
        LOG.warn("action-service unavailable for a decision", e.getCause());
        return Problems.respond(503, "enforcement-unavailable", "Enforcement unavailable",
                "action-service could not enforce now; nothing was recorded, retry the decision.", uri);
    }

    @ServerExceptionMapper
    public Response rejected(EnforcementRejectedException e, UriInfo uri) {
        LOG.error("action-service refused a decision", e.getCause());
        return Problems.respond(502, "enforcement-rejected", "Enforcement rejected",
                "action-service refused the enforcement; nothing was recorded.", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Optional<NulCharacterException> nul = NulCharacterException.within(e);
        if (nul.isPresent()) {
            return nulCharacter(nul.get(), uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return Problems.respond(status.getStatusCode(), slug, status.getReasonPhrase(), status.getReasonPhrase() + ".", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (StorageUnavailable.is(e)) {
            // Expected while the database restarts or fails over; one line, not a stack per request.
            LOG.warnf("request lost its database connection: %s", e);
            return Response.fromResponse(Problems.respond(503, "database-unavailable", "Database unavailable",
                            "The database connection was lost; retry the request.", uri))
                    .header(HttpHeaders.RETRY_AFTER, StorageUnavailable.RETRY_AFTER.toSeconds())
                    .build();
        }
        LOG.error("request failed unexpectedly", e);
        return Problems.respond(500, "internal-error", "Internal error", "The request failed; it has been logged.", uri);
    }
}
