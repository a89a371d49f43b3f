package dev.bulwark.cases.appeal.grpc;

import dev.bulwark.cases.appeal.application.AppealQuery;
import dev.bulwark.cases.appeal.application.OpenAppealUseCase;
import dev.bulwark.proto.cases.v1.GetAppealRequest;
import dev.bulwark.proto.cases.v1.GetAppealResponse;
import dev.bulwark.proto.cases.v1.OpenAppealRequest;
import dev.bulwark.proto.cases.v1.OpenAppealResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The appeal calls of the CaseService contract, which its gRPC service hands over here. */
@ApplicationScoped
public class AppealRpcs {

    private final OpenAppealUseCase openAppeal;
    private final AppealQuery appeals;

    public AppealRpcs(OpenAppealUseCase openAppeal, AppealQuery appeals) {
        this.openAppeal = openAppeal;
        this.appeals = appeals;
    }

    public Uni<OpenAppealResponse> openAppeal(OpenAppealRequest request) {
        return Uni.createFrom().deferred(() -> openAppeal.open(AppealMapping.toNewAppeal(request)))
                .map(AppealMapping::toResponse)
                .onFailure().transform(AppealGrpcErrors::toStatus);
    }

    public Uni<GetAppealResponse> getAppeal(GetAppealRequest request) {
        return Uni.createFrom().deferred(() -> appeals.find(AppealMapping.appealId(request), AppealMapping.filedBy(request)))
                .map(AppealMapping::toResponse)
                .onFailure().transform(AppealGrpcErrors::toStatus);
    }
}
