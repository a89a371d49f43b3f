package dev.bulwark.classifier.grpc;

import com.google.rpc.BadRequest.FieldViolation;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.classifier.scoring.service.ScoringService;
import dev.bulwark.policy.Surface;
import dev.bulwark.proto.classifier.v1.ClassifierService;
import dev.bulwark.proto.classifier.v1.GetPolicyRequest;
import dev.bulwark.proto.classifier.v1.GetPolicyResponse;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** gRPC edge of the classifier: validates, scores under the active policy, maps to the wire. */
@GrpcService
public class ClassifierGrpcService implements ClassifierService {

    private final ActivePolicies activePolicy;
    private final ScoringService scoring;

    public ClassifierGrpcService(ActivePolicies activePolicy, ScoringService scoring) {
        this.activePolicy = activePolicy;
        this.scoring = scoring;
    }

    @Override
    public Uni<ScoreResponse> score(ScoreRequest request) {
        // One snapshot of the policy for validation and scoring alike.
        PolicyDocument policy = activePolicy.active();
        List<FieldViolation> violations = ScoreRequestValidator.violations(request, policy.policy());
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(GrpcErrors.invalidArgument(violations));
        }
        Surface surface = policy.policy().surface(request.getSurface()).orElseThrow();
        return scoring.score(policy, surface, request.getContent().getText(), ProtoMapper.toImages(request.getContent()),
                request.getCorrelationId())
                .map(ProtoMapper::toResponse)
                .onFailure().transform(e -> GrpcErrors.toStatus(e, "Score"));
    }

    @Override
    public Uni<GetPolicyResponse> getPolicy(GetPolicyRequest request) {
        return Uni.createFrom().item(() -> ProtoMapper.toPolicy(activePolicy.active().policy()));
    }
}
