package dev.bulwark.action.grpc;

import dev.bulwark.action.enforcement.application.EnforceUseCase;
import dev.bulwark.action.enforcement.application.RevertUseCase;
import dev.bulwark.action.standing.application.StandingService;
import dev.bulwark.action.time.TimeSource;
import dev.bulwark.proto.action.v1.ActionService;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.RevertResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** gRPC edge of action-service: validates, maps to the domain, calls the use cases, maps back. */
@GrpcService
public class ActionGrpcService implements ActionService {

    private final RequestValidator validator;
    private final EnforceUseCase enforce;
    private final RevertUseCase revert;
    private final StandingService standings;
    private final TimeSource time;

    public ActionGrpcService(RequestValidator validator, EnforceUseCase enforce, RevertUseCase revert,
            StandingService standings, TimeSource time) {
        this.validator = validator;
        this.enforce = enforce;
        this.revert = revert;
        this.standings = standings;
        this.time = time;
    }

    @Override
    public Uni<EnforceResponse> enforce(EnforceRequest request) {
        return Uni.createFrom().item(request)
                .invoke(validator::check)
                .chain(valid -> enforce.enforce(ProtoMapper.command(valid)))
                .map(outcome -> EnforceResponse.newBuilder()
                        .setAction(ProtoMapper.action(outcome.action()))
                        .setStanding(ProtoMapper.standing(outcome.standing()))
                        .setReplayed(outcome.replayed())
                        .build())
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    public Uni<RevertResponse> revert(RevertRequest request) {
        return Uni.createFrom().item(() -> validator.check(request))
                .chain((UUID actionId) -> revert.revert(ProtoMapper.command(actionId, request)))
                .map(outcome -> RevertResponse.newBuilder()
                        .setAction(ProtoMapper.action(outcome.action()))
                        .setStanding(ProtoMapper.standing(outcome.standing()))
                        .build())
                .onFailure().transform(GrpcErrors::toStatus);
    }

    @Override
    public Uni<GetStandingResponse> getStanding(GetStandingRequest request) {
        return Uni.createFrom().item(request)
                .invoke(validator::check)
                .chain(valid -> standings.history(ProtoMapper.subject(valid.getSubject()), time.now()))
                .map(history -> {
                    GetStandingResponse.Builder response = GetStandingResponse.newBuilder()
                            .setStanding(ProtoMapper.standing(history.standing()));
                    history.recentActions().forEach(a -> response.addActions(ProtoMapper.action(a)));
                    return response.build();
                })
                .onFailure().transform(GrpcErrors::toStatus);
    }
}
