package dev.bulwark.classifier.moderation.rest;

import dev.bulwark.classifier.moderation.service.BatchScoring;
import dev.bulwark.classifier.openai.ModerationResponse;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.classifier.rest.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * OpenAI-compatible moderation: OpenAI's client libraries reach it with Bulwark's URL as their base URL
 * and a Bulwark bearer token as their API key.
 */
@Path("/v1")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.POLICY_ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final ActivePolicies activePolicy;
    private final BatchScoring scoring;

    public ModerationResource(ActivePolicies activePolicy, BatchScoring scoring) {
        this.activePolicy = activePolicy;
        this.scoring = scoring;
    }

    /** OpenAI's moderation response, one result per input. */
    @POST
    @Path("/moderations")
    public Uni<ModerationResponse> moderate(ModerationRequest request) {
        PolicyDocument policy = activePolicy.active();
        TextBatch batch = TextBatch.read(request, policy.policy());
        return scoring.score(policy, batch.surface(), batch.texts())
                .map(results -> OpenAiModerationMapper.toResponse(policy.policy(), results));
    }

    /** The same scoring with everything behind it: thresholds, reasons, signals with evidence, versions. */
    @POST
    @Path("/classify")
    public Uni<ClassifyResponse> classify(ModerationRequest request) {
        PolicyDocument policy = activePolicy.active();
        TextBatch batch = TextBatch.read(request, policy.policy());
        return scoring.score(policy, batch.surface(), batch.texts())
                .map(results -> ClassifyMapper.toResponse(policy.policy().version(), batch.surface(), results));
    }
}
