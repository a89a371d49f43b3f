package dev.bulwark.classifier.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bulwark.classifier.hashbank.DuplicateHashBankNameException;
import dev.bulwark.classifier.hashbank.HashBankNotFoundException;
import dev.bulwark.classifier.hashbank.HashEntryNotFoundException;
import dev.bulwark.classifier.hashbank.ImageTooLargeException;
import dev.bulwark.classifier.hashbank.InvalidHashBankRequestException;
import dev.bulwark.classifier.image.UnreadableImageException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one set of REST exception mappers: every REST error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:bulwark:problem:";

    @ServerExceptionMapper
    public Response invalid(InvalidHashBankRequestException e, UriInfo uri) {
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.description()))
                .toList();
        return respond(new Problem(TYPE + "invalid-request", "Invalid request", 400,
                "The request has invalid fields; see violations.", path(uri), violations));
    }

    @ServerExceptionMapper
    public Response unreadableImage(UnreadableImageException e, UriInfo uri) {
        // The decoder's messages name the limit that was hit, never anything taken from the image.
        return respond(new Problem(TYPE + "unreadable-image", "Unreadable image", 400, e.getMessage() + ".", path(uri),
                List.of(new Problem.Violation("body", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response imageTooLarge(ImageTooLargeException e, UriInfo uri) {
        return respond(problem(413, "image-too-large", "Image too large",
                "Images of at most " + e.maxBytes() + " bytes are accepted.", uri));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(problem(400, "malformed-body", "Malformed body", "The body is not the JSON this endpoint takes.", uri));
    }

    @ServerExceptionMapper
    public Response bankNotFound(HashBankNotFoundException e, UriInfo uri) {
        return respond(problem(404, "hash-bank-not-found", "Hash bank not found", "No hash bank has this id.", uri));
    }

    @ServerExceptionMapper
    public Response entryNotFound(HashEntryNotFoundException e, UriInfo uri) {
        return respond(problem(404, "hash-not-found", "Hash not found", "The bank holds no such hash.", uri));
    }

    @ServerExceptionMapper
    public Response duplicateName(DuplicateHashBankNameException e, UriInfo uri) {
        return respond(problem(409, "hash-bank-name-taken", "Conflict", "Another hash bank has this name.", uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return respond(problem(401, "unauthenticated", "Unauthenticated", "A valid bearer token of the Bulwark realm is required.", uri));
    }

    /** A token that is malformed, expired, forged or meant for another service. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(403, "forbidden", "Forbidden", "The caller's roles do not allow this.", uri));
    }

    /** Framework errors (unknown route, wrong method, unsupported media type) keep their status. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(problem(status, "http-" + status, title, title + ".", uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("REST request failed unexpectedly", e);
        return respond(problem(500, "internal-error", "Internal error", "The request failed; it has been logged.", uri));
    }

    private static Problem problem(int status, String slug, String title, String detail, UriInfo uri) {
        return new Problem(TYPE + slug, title, status, detail, path(uri), null);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
