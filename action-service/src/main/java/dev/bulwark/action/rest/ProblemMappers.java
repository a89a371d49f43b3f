package dev.bulwark.action.rest;

import dev.bulwark.action.error.ConflictException;
import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.error.NotFoundException;
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

/** The one set of REST exception mappers: every error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    private static final String TYPE_BASE = "urn:bulwark:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return problem(400, "invalid-request", "Invalid request", "One or more fields are invalid.", uri,
                e.violations());
    }

    /** A NUL character in the body or a parameter: the fields that hold one, as invalid. */
    @ServerExceptionMapper
    public Response nulCharacter(NulCharacterException e, UriInfo uri) {
        return invalid(new InvalidRequestException(e.fields().stream()
                .map(field -> new FieldViolation(field, NulCharacters.DESCRIPTION)).toList()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, e.reason().toLowerCase().replace('_', '-'), "Conflict", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /** A token that is malformed, expired, forged or meant for another service. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "The caller's roles do not allow this.", uri, null);
    }

    /** Framework errors (unknown route, wrong method, unacceptable media type) keep their status. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Optional<NulCharacterException> nul = NulCharacterException.within(e);
        if (nul.isPresent()) {
            return nulCharacter(nul.get(), uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return problem(status, "http-" + status, title, title + ".", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<NulCharacterException> nul = NulCharacterException.within(e);
        if (nul.isPresent()) {
            return nulCharacter(nul.get(), uri);
        }
        if (StorageUnavailable.is(e)) {
            // Expected while the database restarts or fails over; one line, not a stack per request.
            LOG.warnf("REST call lost its database: %s", e);
            return Response.fromResponse(problem(503, "database-unavailable", "Database unavailable",
                            "The database is briefly unavailable; retry the request.", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, StorageUnavailable.RETRY_AFTER.toSeconds())
                    .build();
        }
        LOG.error("unexpected failure in a REST call", e);
        return problem(500, "internal-error", "Internal error", "The request could not be completed.", uri, null);
    }

    private static Response unauthenticated(UriInfo uri) {
        return problem(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token of the Bulwark realm is required.", uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldViolation> violations) {
        Problem body = new Problem(TYPE_BASE + type, title, status, detail, uri.getPath(), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
