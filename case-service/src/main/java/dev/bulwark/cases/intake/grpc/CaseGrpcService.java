package dev.bulwark.cases.intake.grpc;

import dev.bulwark.cases.intake.application.OpenCaseUseCase;
import dev.bulwark.cases.platform.grpc.GrpcErrors;
import dev.bulwark.proto.cases.v1.CaseService;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** gRPC entry point for other services that put items up for review. */
@GrpcService
public class CaseGrpcService implements CaseService {

    private final OpenCaseUseCase openCase;

    public CaseGrpcService(OpenCaseUseCase openCase) {
        this.openCase = openCase;
    }

    @Override
    public Uni<OpenCaseResponse> openCase(OpenCaseRequest request) {
        return Uni.createFrom().deferred(() -> openCase.open(OpenCaseMapping.toItem(request)))
                .map(OpenCaseMapping::toResponse)
                .onFailure().transform(GrpcErrors::toStatus);
    }
}
