package dev.bulwark.action.audit.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.action.audit.AuditEntry;
import dev.bulwark.action.audit.ChainVerification;
import dev.bulwark.action.audit.application.AuditEntries;
import dev.bulwark.action.audit.application.AuditVerification;
import dev.bulwark.action.audit.rest.AuditEntryJson.PageJson;
import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.rest.Problem;
import dev.bulwark.action.rest.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets auditors (and policy admins) read the audit log and check that its hash chain is intact. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.POLICY_ADMIN})
@Tag(name = "Audit", description = "The hash-chained audit log of every action and change to one")
public class AuditResource {

    private static final String BROKEN_EXAMPLE = """
            {"valid": false, "entries": 1842, "firstBrokenSeq": 977}
            """;

    private final AuditEntries entries;
    private final AuditVerification verification;
    private final ObjectMapper json;

    public AuditResource(AuditEntries entries, AuditVerification verification, ObjectMapper json) {
        this.entries = entries;
        this.verification = verification;
        this.json = json;
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Audit entries in chain order",
            description = "Each entry with its sequence number, type, action, subject, actor, time and the hashes that "
                    + "link it (hash = sha256(prevHash || canonical entry)). Pass nextAfter back as after for the next page.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageJson.class)))
    @APIResponse(responseCode = "400", description = "A negative after or a limit out of range; see violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an auditor nor a policy admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageJson> entries(
            @Parameter(description = "Sequence number the page starts after; 0 (the default) for the start of the chain",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("after") @DefaultValue("0") long after,
            @Parameter(description = "Entries per page, 1 to " + AuditEntries.MAX_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
                    @QueryParam("limit") @DefaultValue("100") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        if (after < 0) {
            violations.add(new FieldViolation("after", "must be 0 or more"));
        }
        if (limit < 1 || limit > AuditEntries.MAX_PAGE) {
            violations.add(new FieldViolation("limit", "must be 1 to " + AuditEntries.MAX_PAGE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        // One more than asked for tells whether another page follows.
        return entries.page(after, limit + 1).map(rows -> page(rows, limit));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Walk the whole chain and report the first broken link",
            description = "Recomputes every entry's hash and checks that it names the hash of the entry before it: an "
                    + "entry edited, deleted or moved in the database breaks the chain at the first entry affected.")
    @APIResponse(responseCode = "200", description = "Whether the chain holds, how many entries it has, and the sequence "
            + "number of the first entry that does not verify (null when valid)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChainVerification.class),
                    examples = @ExampleObject(name = "broken", value = BROKEN_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Neither an auditor nor a policy admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ChainVerification> verify() {
        return verification.verify();
    }

    private PageJson page(List<AuditEntry> rows, int limit) {
        List<AuditEntry> shown = rows.subList(0, Math.min(limit, rows.size()));
        Long nextAfter = rows.size() > limit ? shown.get(shown.size() - 1).seq() : null;
        return new PageJson(shown.stream().map(entry -> AuditEntryJson.of(entry, json)).toList(), nextAfter);
    }
}
