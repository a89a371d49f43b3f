package dev.bulwark.cases.intake.grpc;

import dev.bulwark.cases.appeal.grpc.AppealRpcs;
import dev.bulwark.cases.intake.application.OpenCaseUseCase;
import dev.bulwark.cases.platform.grpc.GrpcErrors;
import dev.bulwark.cases.qa.application.AutomationSampling;
import dev.bulwark.proto.cases.v1.CaseService;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.GetAppealRequest;
import dev.bulwark.proto.cases.v1.GetAppealResponse;
import dev.bulwark.proto.cases.v1.OpenAppealRequest;
import dev.bulwark.proto.cases.v1.OpenAppealResponse;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** gRPC entry point for other services that put items up for review or file appeals (the appeal feature answers those). */
@GrpcService
public class CaseGrpcService implements CaseService {

    private final OpenCaseUseCase openCase;
    private final AutomationSampling automation;
    private final AppealRpcs appeals;

    public CaseGrpcService(OpenCaseUseCase openCase, AutomationSampling automation, AppealRpcs appeals) {
        this.openCase = openCase;
        this.automation = automation;
        this.appeals = appeals;
    }

    /** Opens or joins a review case; an automatic enforcement is offered for QA sampling instead. */
    @Override
    public Uni<OpenCaseResponse> openCase(OpenCaseRequest request) {
        Uni<OpenCaseResponse> answer = request.getSource() == CaseSource.CASE_SOURCE_AUTOMATED_ACTION
                ? Uni.createFrom().deferred(() -> automation.offer(OpenCaseMapping.toAutomatedAction(request)))
                        .map(OpenCaseMapping::toResponse)
                : Uni.createFrom().deferred(() -> openCase.open(OpenCaseMapping.toItem(request)))
                        .map(OpenCaseMapping::toResponse);
        return answer.onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    public Uni<OpenAppealResponse> openAppeal(OpenAppealRequest request) {
        return appeals.openAppeal(request);
    }

    @Override
    public Uni<GetAppealResponse> getAppeal(GetAppealRequest request) {
        return appeals.getAppeal(request);
    }
}
