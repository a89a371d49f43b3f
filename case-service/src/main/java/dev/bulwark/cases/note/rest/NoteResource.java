package dev.bulwark.cases.note.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.note.application.AddNoteUseCase;
import dev.bulwark.cases.platform.rest.CaseIds;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.view.rest.CaseExamples;
import dev.bulwark.cases.view.rest.CaseJsonMapper;
import dev.bulwark.cases.view.rest.CaseViewJson.NoteJson;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Internal notes on cases, for the people who work or oversee them; auditors only read them. */
@Path("/api/v1/cases/{id}/notes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class NoteResource {

    static final String REQUEST_EXAMPLE = """
            {"text": "Same wording as last week's case; check the earlier reports."}
            """;

    private static final String RESPONSE_EXAMPLE = """
            {"author": "ana", "text": "Same wording as last week's case; check the earlier reports.",
             "createdAt": "2026-11-26T10:06:00Z"}
            """;

    private static final String INVALID_EXAMPLE = """
            {"type": "urn:bulwark:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The request has invalid fields; see violations.",
             "instance": "/api/v1/cases/0b6f2c1e-6a43-4a7e-9a43-7c1d2f0f1a11/notes",
             "violations": [{"field": "text", "message": "is longer than 2000 characters"}]}
            """;

    private final AddNoteUseCase notes;
    private final CurrentReviewer caller;

    public NoteResource(AddNoteUseCase notes, CurrentReviewer caller) {
        this.notes = notes;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({QueueAccess.REVIEWER, QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN})
    @Operation(summary = "Add an internal note to a case, open or closed",
            description = "Reviewers write on cases of the queues they work; senior reviewers, QA and policy admins on "
                    + "any case they read. The note shows in the case's notes and history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoteRequestJson.class),
            examples = @ExampleObject(name = "note", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The note as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteJson.class),
                    examples = @ExampleObject(name = "note", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Text empty or longer than 2000 characters, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Auditors write no notes; reviewers only on queues they work",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not in a queue the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = CaseExamples.CASE_NOT_FOUND)))
    public Uni<Response> add(@PathParam("id") String id, NoteRequestJson body) {
        UUID caseId = CaseIds.parse(id);
        String text = body == null ? null : body.text();
        return notes.add(caseId, caller.require(), caller.access(), text)
                .map(note -> Response.status(Response.Status.CREATED).entity(CaseJsonMapper.note(note)).build());
    }
}
