package dev.bulwark.cases.decision.rest;

import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.DecisionResult;
import dev.bulwark.cases.decision.application.DecideUseCase;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.queue.application.ClaimUseCase;
import dev.bulwark.cases.view.application.CaseViewQuery;
import dev.bulwark.cases.view.rest.CaseJsonMapper;
import dev.bulwark.cases.view.rest.CaseViewJson;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the lease holder decides a case. */
@Path("/api/v1/cases/{id}/decision")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Deciding cases")
public class DecisionResource {

    private final DecideUseCase decide;
    private final ClaimUseCase claims;
    private final CaseViewQuery cases;
    private final CurrentReviewer reviewer;

    public DecisionResource(DecideUseCase decide, ClaimUseCase claims, CaseViewQuery cases, CurrentReviewer reviewer) {
        this.decide = decide;
        this.claims = claims;
        this.cases = cases;
        this.reviewer = reviewer;
    }

    @POST
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA})
    @Operation(summary = "Decide a case the caller holds",
            description = "VIOLATING and NOT_VIOLATING close the case (a review's VIOLATING enforces through "
                    + "action-service; an appeal's NOT_VIOLATING reverts the appealed action). ESCALATE passes the case "
                    + "to senior reviewers and REQUEST_INFO holds it until a new item about the subject arrives or the "
                    + "hold runs out; both need a note. With next=true the answer also carries the caller's next claim "
                    + "from the same queue.")
    @APIResponse(responseCode = "200", description = "Decided (closed), escalated or put on hold")
    @APIResponse(responseCode = "400", description = "Invalid decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Closed, the caller holds no unexpired lease, or already escalated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "action-service refused the enforcement or reversal; nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "action-service unavailable; nothing recorded, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DecisionResponseJson> decide(@PathParam("id") String id,
            @Parameter(description = "Also claim the caller's next case from the same queue") @QueryParam("next") boolean next,
            DecisionRequestJson body) {
        UUID caseId = CaseIds.parse(id);
        String caller = reviewer.require();
        QueueAccess access = reviewer.access();
        DecisionRequestJson request = body == null ? new DecisionRequestJson(null, null, null, null) : body;
        return decide.decide(caseId, caller,
                        policy -> Decision.parse(request.outcome(), request.category(), request.action(), request.note(), policy))
                .chain(result -> next && access.mayWork(result.queue())
                        ? claimNext(result, caller, access)
                        : Uni.createFrom().item(toJson(result, null)));
    }

    private Uni<DecisionResponseJson> claimNext(DecisionResult result, String caller, QueueAccess access) {
        return claims.claimNext(result.queue(), caller, access).chain(claimed -> claimed.isEmpty()
                ? Uni.createFrom().item(toJson(result, null))
                : cases.find(claimed.get(), access).map(details -> toJson(result, CaseJsonMapper.view(details, caller))));
    }

    private static DecisionResponseJson toJson(DecisionResult result, CaseViewJson next) {
        DecisionRecord d = result.decision();
        return new DecisionResponseJson(result.caseId(), result.status().name(), d.outcome().name(), d.category(),
                d.actionIds(), d.standing() == null ? null
                        : new DecisionResponseJson.StandingJson(d.standing().state(), d.standing().activeStrikes()),
                d.policyVersion(), next);
    }
}
