package dev.bulwark.restproblems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every error response without a body as problem JSON (the service's {@code Problem}
 * schema), which is what the services' exception mappers send. Quarkus adds the 401 and 403 of
 * secured endpoints itself, without a body; this runs after it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProblemResponses implements OASFilter {

    /** The RFC 7807 media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().stream()
                    .filter(operation -> operation.getResponses() != null && operation.getResponses().getAPIResponses() != null)
                    .flatMap(operation -> operation.getResponses().getAPIResponses().entrySet().stream())
                    .filter(response -> isError(response.getKey()) && hasNoBody(response.getValue()))
                    .map(Map.Entry::getValue)
                    .forEach(response -> response.setContent(OASFactory.createContent().addMediaType(MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean hasNoBody(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }
}
