package dev.bulwark.classifier.policy.rest;

import dev.bulwark.classifier.policy.PolicyEvent;
import dev.bulwark.classifier.policy.PolicyLifecycle;
import dev.bulwark.classifier.policy.service.PolicyLifecycleService;
import dev.bulwark.classifier.rest.FieldViolation;
import dev.bulwark.classifier.rest.InvalidRequestException;
import dev.bulwark.classifier.shadow.DisagreementSummary;
import dev.bulwark.classifier.shadow.service.ShadowRecorder;
import dev.bulwark.policy.PolicyCatalog;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import dev.bulwark.classifier.rest.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * Policy administration: which versions are known, shadowing a candidate on live traffic, its
 * disagreements with the policy in force, promotion and rollback. Every change is audited with the
 * caller's name and reason.
 */
@Path("/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.POLICY_ADMIN)
public class PolicyAdminResource {

    private static final int MAX_REASON = 1000;
    private static final int MAX_EXAMPLES = 20;

    private final ActivePolicies policies;
    private final PolicyLifecycleService lifecycle;
    private final ShadowRecorder recorder;
    private final SecurityIdentity identity;

    public PolicyAdminResource(ActivePolicies policies, PolicyLifecycleService lifecycle, ShadowRecorder recorder,
            SecurityIdentity identity) {
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
        this.identity = identity;
    }

    @GET
    public PolicyViews.State state() {
        PolicyCatalog catalog = policies.catalog();
        PolicyLifecycle current = lifecycle.state();
        return new PolicyViews.State(
                PolicyViews.Version.of(policies.active()),
                lifecycle.candidate().map(PolicyViews.Version::of).orElse(null),
                current.rollbackTarget().orElse(null),
                catalog.documents().stream().map(PolicyViews.Version::of).toList(),
                catalog.refused().stream().map(PolicyViews.Refusal::of).toList());
    }

    @GET
    @Path("/history")
    public Uni<List<PolicyViews.Change>> history() {
        return lifecycle.history().map(events -> events.stream().map(PolicyViews.Change::of).toList());
    }

    @PUT
    @Path("/candidate")
    public Uni<PolicyViews.Change> setCandidate(PolicyViews.CandidateRequest body) {
        String version = required(body == null ? null : body.version(), "version", 255);
        return audited(lifecycle.setCandidate(version, actor(), reason(body.reason())));
    }

    @DELETE
    @Path("/candidate")
    public Uni<PolicyViews.Change> clearCandidate(@QueryParam("reason") String reason) {
        return audited(lifecycle.clearCandidate(actor(), reason(reason)));
    }

    @POST
    @Path("/promote")
    public Uni<PolicyViews.Change> promote(PolicyViews.ReasonRequest body) {
        return audited(lifecycle.promote(actor(), reason(body == null ? null : body.reason())));
    }

    @POST
    @Path("/rollback")
    public Uni<PolicyViews.Change> rollback(PolicyViews.RollbackRequest body) {
        Optional<String> version = Optional.ofNullable(body == null ? null : body.version()).filter(v -> !v.isBlank());
        return audited(lifecycle.rollback(version, actor(), reason(body == null ? null : body.reason())));
    }

    /**
     * How the candidate (or {@code candidate}) disagrees with the policy in force (or {@code active}):
     * counts by category and outcome pair, with the latest example submission ids of each.
     */
    @GET
    @Path("/shadow")
    public Uni<DisagreementSummary> shadow(@QueryParam("candidate") String candidate, @QueryParam("active") String active,
            @QueryParam("examples") @DefaultValue("5") int examples) {
        if (examples < 0 || examples > MAX_EXAMPLES) {
            throw invalid("examples", "must be between 0 and " + MAX_EXAMPLES);
        }
        String candidateVersion = Optional.ofNullable(candidate).or(() -> lifecycle.state().candidate())
                .orElseThrow(() -> invalid("candidate", "no candidate is shadowed; name one"));
        String activeVersion = Optional.ofNullable(active).orElse(policies.active().version());
        return recorder.summary(activeVersion, candidateVersion, examples);
    }

    private Uni<PolicyViews.Change> audited(Uni<PolicyEvent> change) {
        return change.map(PolicyViews.Change::of);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static String reason(String reason) {
        return required(reason, "reason", MAX_REASON);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        if (value.length() > max) {
            throw invalid(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static InvalidRequestException invalid(String field, String description) {
        return new InvalidRequestException(List.of(new FieldViolation(field, description)));
    }
}
