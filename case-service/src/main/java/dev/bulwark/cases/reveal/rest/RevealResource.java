package dev.bulwark.cases.reveal.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.reveal.ItemNotFoundException;
import dev.bulwark.cases.reveal.application.RevealUseCase;
import dev.bulwark.cases.view.rest.CaseExamples;
import dev.bulwark.cases.view.rest.CaseJsonMapper;
import dev.bulwark.cases.view.rest.CaseViewJson.ItemJson;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Unblurs an item of a case for the caller. Whoever may read a case may reveal its content, auditors
 * included, since revealing is reading; every reveal is recorded in the case history with its reader.
 */
@Path("/api/v1/cases/{id}/items/{itemId}/reveal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class RevealResource {

    private final RevealUseCase reveals;
    private final CurrentReviewer caller;

    public RevealResource(RevealUseCase reveals, CurrentReviewer caller) {
        this.reveals = reveals;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "Reveal an item's content to the caller",
            description = "Records a CONTENT_REVEALED event (item id and category, never the text) and counts the reveal in "
                    + "the caller's daily exposure. The case view shows the text to this caller from then on.")
    @APIResponse(responseCode = "200", description = "The item with its text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemJson.class),
                    examples = @ExampleObject(name = "revealed", value = CaseExamples.REVEALED_ITEM)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has no reading role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case or item, or the case is not in a queue the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "case not found", value = CaseExamples.CASE_NOT_FOUND),
                        @ExampleObject(name = "item not found", value = RevealProblemMappers.ITEM_NOT_FOUND_EXAMPLE)}))
    public Uni<ItemJson> reveal(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        UUID caseId = CaseIds.parse(id);
        UUID item = parseItemId(itemId);
        return reveals.reveal(caseId, item, caller.require(), caller.access())
                .map(revealed -> CaseJsonMapper.item(revealed.item(), true));
    }

    /** A malformed id names no item, so it is a 404 like an unknown one. */
    private static UUID parseItemId(String itemId) {
        try {
            return UUID.fromString(itemId);
        } catch (IllegalArgumentException e) {
            throw new ItemNotFoundException();
        }
    }
}
