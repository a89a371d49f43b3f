package dev.bulwark.cases.reveal.rest;

import dev.bulwark.cases.platform.rest.Problems;
import dev.bulwark.cases.reveal.ItemNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems of revealing content. */
public class RevealProblemMappers {

    static final String ITEM_NOT_FOUND_EXAMPLE = """
            {"type": "urn:bulwark:problem:item-not-found", "title": "Item not found", "status": 404,
             "detail": "The case has no item with this id.",
             "instance": "/api/v1/cases/0b6f2c1e-6a43-4a7e-9a43-7c1d2f0f1a11/items/5d0e8a52-2b7f-4f4e-8a0c-0d7c3f0e9b21/reveal"}
            """;

    @ServerExceptionMapper
    public Response itemNotFound(ItemNotFoundException e, UriInfo uri) {
        return Problems.respond(404, "item-not-found", "Item not found", "The case has no item with this id.", uri);
    }
}
