package dev.bulwark.cases.qa.rest;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.platform.rest.Problem;
import dev.bulwark.cases.qa.QualityWindow;
import dev.bulwark.cases.qa.application.QualityQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How good decisions are: reviewers' agreement with QA, overturns, and the automation's precision. */
@Path("/api/v1/quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality", description = "QA agreement figures and automation precision")
public class QualityResource {

    private final QualityQuery quality;
    private final CasesConfig config;
    private final Clock clock;

    public QualityResource(QualityQuery quality, CasesConfig config, Clock clock) {
        this.quality = quality;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({QueueAccess.QA, QueueAccess.SENIOR_REVIEWER, QueueAccess.POLICY_ADMIN, QueueAccess.AUDITOR})
    @Operation(summary = "Quality figures of a time window",
            description = "Reviewers' decisions sampled and verified by blind QA: overturns and Cohen's kappa, as a whole, "
                    + "per reviewer and per category; automatic enforcements: how many were offered and sampled, and their "
                    + "precision from QA verdicts and resolved appeals. Rates come with their counts and are null without data.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityJson.class)))
    @APIResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, or to is not later than from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not QA, a senior reviewer, a policy admin or an auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<QualityJson> quality(
            @Parameter(description = "Start, inclusive (ISO-8601 instant); default: 30 days before to",
                    example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "End, exclusive (ISO-8601 instant); default: now",
                    example = "2026-12-01T00:00:00Z") @QueryParam("to") String to) {
        QualityWindow window = QualityWindow.parse(from, to, clock.instant(), config.qa().figuresWindow());
        return quality.report(window).map(QualityJson::of);
    }
}
