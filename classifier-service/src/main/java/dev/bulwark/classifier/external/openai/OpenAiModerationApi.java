package dev.bulwark.classifier.external.openai;

import dev.bulwark.classifier.openai.ModerationResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The moderation endpoint of an OpenAI-compatible API, as a reactive REST client. */
@Path("/moderations")
public interface OpenAiModerationApi {

    /** {@code authorization} is omitted when null (a local server without keys). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ModerationResponse> create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ModerationCall call);
}
