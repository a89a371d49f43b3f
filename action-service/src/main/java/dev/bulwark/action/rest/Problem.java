package dev.bulwark.action.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.restproblems.ProblemResponses;
import java.util.List;

/** RFC 7807 problem details; {@code violations} only on 400. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = ProblemResponses.MEDIA_TYPE;
}
