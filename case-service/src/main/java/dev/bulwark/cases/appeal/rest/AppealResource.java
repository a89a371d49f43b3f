package dev.bulwark.cases.appeal.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.appeal.NewAppeal;
import dev.bulwark.cases.appeal.application.AppealQuery;
import dev.bulwark.cases.appeal.application.OpenAppealUseCase;
import dev.bulwark.cases.platform.rest.CurrentReviewer;
import dev.bulwark.cases.platform.rest.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Appeals of enforcement actions: staff file them on a user's behalf (users appeal through their
 * product, which calls intake-service), and the people who work or oversee appeals read them.
 */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals", description = "Appeals of enforcement actions")
public class AppealResource {

    private static final String EXAMPLE = """
            {"actionId": "5f0c1c9e-2b7a-4d7e-9a51-0e6c3b1f2a44",
             "subject": {"type": "ACCOUNT", "id": "acct-4711"},
             "statement": "I was quoting the message I received, not threatening anyone."}
            """;

    private final OpenAppealUseCase openAppeal;
    private final AppealQuery appeals;
    private final CurrentReviewer caller;

    public AppealResource(OpenAppealUseCase openAppeal, AppealQuery appeals, CurrentReviewer caller) {
        this.openAppeal = openAppeal;
        this.appeals = appeals;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({QueueAccess.SENIOR_REVIEWER, QueueAccess.POLICY_ADMIN})
    @Operation(summary = "File an appeal of an enforcement action on a user's behalf",
            description = "Opens a case in the appeals queue, worked by senior reviewers other than the one whose "
                    + "decision produced the action. Deciding it NOT_VIOLATING overturns the appeal and reverts the "
                    + "action; VIOLATING upholds it. Idempotent per caller on the Idempotency-Key header: the same key "
                    + "returns the first appeal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppealRequestJson.class),
            examples = @ExampleObject(name = "appeal", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed",
            headers = @Header(name = "Location", description = "The appeal"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealFiledJson.class)))
    @APIResponse(responseCode = "200", description = "The Idempotency-Key was used before: the first appeal, as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealFiledJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or Idempotency-Key; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a senior reviewer nor a policy admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The subject has no action with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An appeal of the action is already open, the action is already "
            + "reverted, or the Idempotency-Key was used for another action",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "action-service unavailable; nothing filed, retry with the same key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> file(
            @Parameter(description = "The caller's unique key for this appeal (at most 256 characters); retries reuse it",
                    required = true) @HeaderParam("Idempotency-Key") String idempotencyKey,
            AppealRequestJson body, @Context UriInfo uri) {
        String filer = caller.require();
        NewAppeal appeal = AppealRestMapping.toNewAppeal(idempotencyKey, body, filer);
        return openAppeal.open(appeal).map(filed -> {
            AppealFiledJson json = new AppealFiledJson(filed.appealId(), filed.status().name(), filed.replayed());
            return filed.replayed()
                    ? Response.ok(json).build()
                    : Response.created(uri.getAbsolutePathBuilder().path(filed.appealId().toString()).build())
                            .entity(json).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "One appeal: the appealed action, the decision behind it, the user's statement and the resolution")
    @APIResponse(responseCode = "200", description = "The appeal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealJson.class)))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow reading appeals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such appeal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppealJson> get(@PathParam("id") String id) {
        return appeals.find(AppealRestMapping.appealId(id), Optional.empty()).map(AppealRestMapping::toJson);
    }
}
