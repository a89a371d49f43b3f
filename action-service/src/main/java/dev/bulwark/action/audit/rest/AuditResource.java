package dev.bulwark.action.audit.rest;

import dev.bulwark.action.audit.ChainVerification;
import dev.bulwark.action.audit.application.AuditVerification;
import dev.bulwark.action.rest.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets auditors (and policy admins) check that the audit log's hash chain is intact. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.POLICY_ADMIN})
public class AuditResource {

    private final AuditVerification verification;

    public AuditResource(AuditVerification verification) {
        this.verification = verification;
    }

    /** Walks the whole chain: {@code {valid, entries, firstBrokenSeq}}. */
    @GET
    @Path("/verify")
    public Uni<ChainVerification> verify() {
        return verification.verify();
    }
}
