package dev.bulwark.cases.platform.rest;

import dev.bulwark.cases.casefile.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * The reviewer making the current request. For now a trusted header; OIDC replaces it, and this
 * class is the only place that will change.
 */
@RequestScoped
public class CurrentReviewer {

    /** Header naming the reviewer. */
    public static final String HEADER = "X-Bulwark-Reviewer";

    private static final int MAX_LENGTH = 128;

    private final HttpServerRequest request;

    public CurrentReviewer(HttpServerRequest request) {
        this.request = request;
    }

    /** The reviewer's id; a 400 problem when the request names none. */
    public String require() {
        String reviewer = request.getHeader(HEADER);
        if (reviewer == null || reviewer.isBlank()) {
            throw new InvalidInputException(HEADER, "header is required");
        }
        if (reviewer.length() > MAX_LENGTH) {
            throw new InvalidInputException(HEADER, "is longer than " + MAX_LENGTH);
        }
        return reviewer.strip();
    }
}
