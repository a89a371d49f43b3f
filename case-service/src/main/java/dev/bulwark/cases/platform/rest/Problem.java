package dev.bulwark.cases.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bulwark.restproblems.ProblemResponses;
import java.util.List;

/**
 * An RFC 7807 problem document; {@code violations} appears only on 400 responses.
 *
 * @param type a URN naming the kind of problem, stable for clients to branch on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    /** Media type of every error response. */
    public static final String MEDIA_TYPE = ProblemResponses.MEDIA_TYPE;

    /** One invalid field, query parameter or header. */
    public record Violation(String field, String message) {}
}
