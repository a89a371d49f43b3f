package dev.bulwark.cases.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses, so every feature's exception mappers answer in the same shape. */
public final class Problems {

    /** Prefix of every problem type. */
    public static final String TYPE = "urn:bulwark:problem:";

    private Problems() {}

    public static Response respond(int status, String slug, String title, String detail, UriInfo uri) {
        return respond(new Problem(TYPE + slug, title, status, detail, path(uri), null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
