package dev.bulwark.intake.grpc;

import com.google.protobuf.Timestamp;
import dev.bulwark.intake.appeal.AppealAnswer;
import dev.bulwark.intake.appeal.AppealStatus;
import dev.bulwark.intake.appeal.FiledAppeal;
import dev.bulwark.intake.appeal.NewAppeal;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.intake.v1.AppealRequest;
import dev.bulwark.proto.intake.v1.AppealResponse;
import dev.bulwark.proto.intake.v1.GetAppealResponse;
import java.time.Instant;

/** Maps the Appeal and GetAppeal messages to the appeal domain and back. */
final class AppealProtoMapping {

    private AppealProtoMapping() {}

    static NewAppeal toDomain(String tenant, AppealRequest r) {
        return new NewAppeal(tenant, r.getIdempotencyKey(), r.getActionId(), SubjectProtoMapping.toDomain(r.getSubject()),
                r.getStatement());
    }

    static AppealResponse toProto(AppealAnswer a) {
        return AppealResponse.newBuilder()
                .setAppealId(a.appealId())
                .setStatus(status(a.status()))
                .setReplayed(a.replayed())
                .build();
    }

    static GetAppealResponse toProto(FiledAppeal a) {
        GetAppealResponse.Builder b = GetAppealResponse.newBuilder()
                .setAppealId(a.appealId())
                .setActionId(a.actionId())
                .setSubject(Subject.newBuilder()
                        .setType(SubjectType.valueOf("SUBJECT_TYPE_" + a.subject().kind().name()))
                        .setId(a.subject().id())
                        .setOrganizationId(a.subject().organizationId()))
                .setStatus(status(a.status()))
                .setFiledAt(timestamp(a.filedAt()));
        if (a.resolvedAt() != null) {
            b.setResolvedAt(timestamp(a.resolvedAt()));
        }
        return b.build();
    }

    private static dev.bulwark.proto.common.v1.AppealStatus status(AppealStatus status) {
        return dev.bulwark.proto.common.v1.AppealStatus.valueOf("APPEAL_STATUS_" + status.name());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
