package dev.bulwark.cases.appeal.grpc;

import dev.bulwark.cases.platform.grpc.SubjectProtoMapping;
import com.google.protobuf.Timestamp;
import dev.bulwark.cases.appeal.Appeal;
import dev.bulwark.cases.appeal.AppealStatus;
import dev.bulwark.cases.appeal.NewAppeal;
import dev.bulwark.cases.appeal.OpenAppealResult;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import dev.bulwark.proto.cases.v1.GetAppealRequest;
import dev.bulwark.proto.cases.v1.GetAppealResponse;
import dev.bulwark.proto.cases.v1.OpenAppealRequest;
import dev.bulwark.proto.cases.v1.OpenAppealResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Maps the appeal messages to the appeal domain and back. */
final class AppealMapping {

    private AppealMapping() {}

    static NewAppeal toNewAppeal(OpenAppealRequest request) {
        Subject subject = request.hasSubject() ? SubjectProtoMapping.toDomain(request.getSubject()) : null;
        return new NewAppeal(blankToNull(request.getIdempotencyKey()), blankToNull(request.getActionId()), subject,
                blankToNull(request.getStatement()), blankToNull(request.getFiledBy()));
    }

    static OpenAppealResponse toResponse(OpenAppealResult result) {
        return OpenAppealResponse.newBuilder()
                .setAppealId(result.appealId().toString())
                .setStatus(status(result.status()))
                .setReplayed(result.replayed())
                .build();
    }

    /** The appeal id asked for; a missing or malformed one names no appeal the caller could have been given. */
    static UUID appealId(GetAppealRequest request) {
        try {
            return UUID.fromString(request.getAppealId());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("appeal_id", "must be an appeal id returned by OpenAppeal");
        }
    }

    static Optional<String> filedBy(GetAppealRequest request) {
        return Optional.ofNullable(blankToNull(request.getFiledBy()));
    }

    static GetAppealResponse toResponse(Appeal appeal) {
        GetAppealResponse.Builder response = GetAppealResponse.newBuilder()
                .setAppealId(appeal.id().toString())
                .setActionId(appeal.action().actionId())
                .setSubject(SubjectProtoMapping.toProto(appeal.subject()))
                .setStatus(status(appeal.status()))
                .setFiledAt(timestamp(appeal.filedAt()));
        if (appeal.resolvedAt() != null) {
            response.setResolvedAt(timestamp(appeal.resolvedAt()));
        }
        return response.build();
    }

    private static dev.bulwark.proto.common.v1.AppealStatus status(AppealStatus status) {
        return switch (status) {
            case OPEN -> dev.bulwark.proto.common.v1.AppealStatus.APPEAL_STATUS_OPEN;
            case UPHELD -> dev.bulwark.proto.common.v1.AppealStatus.APPEAL_STATUS_UPHELD;
            case OVERTURNED -> dev.bulwark.proto.common.v1.AppealStatus.APPEAL_STATUS_OVERTURNED;
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
