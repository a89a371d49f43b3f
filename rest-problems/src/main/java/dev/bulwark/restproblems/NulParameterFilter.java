package dev.bulwark.restproblems;

import dev.bulwark.storagefaults.NulCharacters;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a request whose path or query parameters, decoded, hold a NUL character. */
public class NulParameterFilter {

    @ServerRequestFilter
    public void refuseNulParameters(UriInfo uri) {
        List<String> fields = new ArrayList<>();
        collect(uri.getPathParameters(), fields);
        collect(uri.getQueryParameters(), fields);
        if (!fields.isEmpty()) {
            throw new NulCharacterException(fields);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<String> fields) {
        parameters.forEach((name, values) -> {
            if (NulCharacters.in(name) || values.stream().anyMatch(NulCharacters::in)) {
                fields.add(name);
            }
        });
    }
}
