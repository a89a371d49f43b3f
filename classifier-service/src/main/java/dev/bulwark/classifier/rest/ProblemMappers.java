package dev.bulwark.classifier.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.bulwark.classifier.hashbank.DuplicateHashBankNameException;
import dev.bulwark.classifier.hashbank.HashBankNotFoundException;
import dev.bulwark.classifier.hashbank.HashEntryNotFoundException;
import dev.bulwark.classifier.hashbank.ImageTooLargeException;
import dev.bulwark.classifier.hashbank.InvalidHashBankRequestException;
import dev.bulwark.classifier.image.UnreadableImageException;
import dev.bulwark.classifier.policy.PolicyChangeRefused;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The REST exception mappers of classifier-service: every error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "urn:bulwark:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return invalidRequest(uri, e.violations());
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape. Only the path of field names is reported,
     * never the parser's message, which quotes the body.
     */
    @ServerExceptionMapper
    public Response unreadable(JacksonException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    /** Replaces the JSON extension's own mapper, whose answer is not problem JSON and quotes the input. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    private static Response unreadableBody(JacksonException e, UriInfo uri) {
        boolean wrongType = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(e.getCause() instanceof StreamReadException);
        FieldViolation violation = wrongType
                ? new FieldViolation(pathOf((JsonMappingException) e), "has the wrong type")
                : new FieldViolation("body", "must be a JSON object");
        return invalidRequest(uri, List.of(violation));
    }

    /** The field path as the API names it, for example {@code input[2].text}. */
    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream().map(ProblemMappers::pathPart).collect(Collectors.joining()).replaceFirst("^\\.", "");
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

    @ServerExceptionMapper
    public Response invalidHashBankRequest(InvalidHashBankRequestException e, UriInfo uri) {
        return invalidRequest(uri, e.violations().stream().map(v -> new FieldViolation(v.field(), v.description())).toList());
    }

    /** The decoder's messages name the limit that was hit, never anything taken from the image. */
    @ServerExceptionMapper
    public Response unreadableImage(UnreadableImageException e, UriInfo uri) {
        return problem(400, "unreadable-image", "Unreadable image", e.getMessage() + ".", uri,
                List.of(new FieldViolation("body", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response imageTooLarge(ImageTooLargeException e, UriInfo uri) {
        return problem(413, "image-too-large", "Image too large", "Images of at most " + e.maxBytes() + " bytes are accepted.", uri, null);
    }

    @ServerExceptionMapper
    public Response bankNotFound(HashBankNotFoundException e, UriInfo uri) {
        return problem(404, "hash-bank-not-found", "Hash bank not found", "No hash bank has this id.", uri, null);
    }

    @ServerExceptionMapper
    public Response entryNotFound(HashEntryNotFoundException e, UriInfo uri) {
        return problem(404, "hash-not-found", "Hash not found", "The bank holds no such hash.", uri, null);
    }

    @ServerExceptionMapper
    public Response duplicateBankName(DuplicateHashBankNameException e, UriInfo uri) {
        return problem(409, "hash-bank-name-taken", "Conflict", "Another hash bank has this name.", uri, null);
    }

    /** A policy change the lifecycle refused: an unknown version is 404, anything else a conflict. */
    @ServerExceptionMapper
    public Response policyChangeRefused(PolicyChangeRefused e, UriInfo uri) {
        boolean unknown = e.code() == PolicyChangeRefused.Code.UNKNOWN_VERSION;
        String type = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return problem(unknown ? 404 : 409, type, unknown ? "Not found" : "Conflict", e.getMessage() + ".", uri, null);
    }

    /** Framework errors (unknown route, wrong method, unsupported media type) keep their status. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return problem(status, "http-" + status, title, title + ".", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure in a REST call", e);
        return problem(500, "internal-error", "Internal error", "The request could not be completed.", uri, null);
    }

    private static String pathPart(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    private static Response invalidRequest(UriInfo uri, List<FieldViolation> violations) {
        return problem(400, "invalid-request", "Invalid request", "One or more fields are invalid.", uri, violations);
    }

    private static Response unauthenticated(UriInfo uri) {
        return problem(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token of the Bulwark realm is required.", uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldViolation> violations) {
        Problem body = new Problem(TYPE_BASE + type, title, status, detail, uri.getPath(), violations);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
