package dev.bulwark.cases.decision.rest;

import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.DecisionResult;
import dev.bulwark.cases.decision.application.DecideUseCase;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the lease holder decides a case. */
@Path("/api/v1/cases/{id}/decision")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Deciding cases")
public class DecisionResource {

    private final DecideUseCase decide;
    private final CurrentReviewer reviewer;

    public DecisionResource(DecideUseCase decide, CurrentReviewer reviewer) {
        this.decide = decide;
        this.reviewer = reviewer;
    }

    @POST
    @RolesAllowed(QueueAccess.REVIEWER)
    @Operation(summary = "Decide a case the caller holds; VIOLATING enforces through action-service")
    @APIResponse(responseCode = "200", description = "Decided and closed")
    @APIResponse(responseCode = "400", description = "Invalid decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Closed, or the caller holds no unexpired lease",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "action-service unavailable; nothing recorded, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DecisionResponseJson> decide(@PathParam("id") String id, DecisionRequestJson body) {
        UUID caseId = CaseIds.parse(id);
        String caller = reviewer.require();
        DecisionRequestJson request = body == null ? new DecisionRequestJson(null, null, null, null) : body;
        return decide.decide(caseId, caller,
                        policy -> Decision.parse(request.outcome(), request.category(), request.action(), request.note(), policy))
                .map(DecisionResource::toJson);
    }

    private static DecisionResponseJson toJson(DecisionResult result) {
        DecisionRecord d = result.decision();
        return new DecisionResponseJson(result.caseId(), result.status().name(), d.outcome().name(), d.category(),
                d.actionIds(), d.standing() == null ? null
                        : new DecisionResponseJson.StandingJson(d.standing().state(), d.standing().activeStrikes()),
                d.policyVersion());
    }
}
