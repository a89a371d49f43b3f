package dev.bulwark.action.grpc;

import com.google.protobuf.Timestamp;
import dev.bulwark.action.enforcement.EnforceCommand;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.enforcement.RevertCommand;
import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.standing.Standing;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionStatus;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import java.time.Instant;
import java.util.UUID;

/** Maps between the action-service protos and the domain; validated requests only. */
final class ProtoMapper {

    private ProtoMapper() {}

    static EnforceCommand command(EnforceRequest request) {
        return new EnforceCommand(request.getIdempotencyKey(), subject(request.getSubject()), request.getCategory(),
                request.getOrigin() == ActionOrigin.ACTION_ORIGIN_REVIEW
                        ? dev.bulwark.action.enforcement.ActionOrigin.REVIEW
                        : dev.bulwark.action.enforcement.ActionOrigin.AUTOMATED,
                requestedType(request.getRequestedType()),
                emptyToNull(request.getReferenceId()),
                new Provenance(emptyToNull(request.getPolicyVersion()), request.getModelVersionsList(),
                        request.getSignalIdsList()),
                emptyToNull(request.getActor()),
                new Recipient(request.getTenant(), request.getLanguage()));
    }

    static RevertCommand command(UUID actionId, RevertRequest request) {
        return new RevertCommand(actionId, request.getReason(), emptyToNull(request.getActor()));
    }

    static dev.bulwark.action.subject.Subject subject(Subject subject) {
        SubjectKind kind = switch (subject.getType()) {
            case SUBJECT_TYPE_ORGANIZATION -> SubjectKind.ORGANIZATION;
            case SUBJECT_TYPE_API_KEY -> SubjectKind.API_KEY;
            default -> SubjectKind.ACCOUNT;
        };
        return new dev.bulwark.action.subject.Subject(kind, subject.getId(), emptyToNull(subject.getOrganizationId()));
    }

    static Subject subject(dev.bulwark.action.subject.Subject subject) {
        Subject.Builder proto = Subject.newBuilder()
                .setType(switch (subject.kind()) {
                    case ORGANIZATION -> SubjectType.SUBJECT_TYPE_ORGANIZATION;
                    case API_KEY -> SubjectType.SUBJECT_TYPE_API_KEY;
                    case ACCOUNT -> SubjectType.SUBJECT_TYPE_ACCOUNT;
                })
                .setId(subject.id());
        if (subject.organizationId() != null) {
            proto.setOrganizationId(subject.organizationId());
        }
        return proto.build();
    }

    static Action action(EnforcementAction action) {
        Action.Builder proto = Action.newBuilder()
                .setActionId(action.id().toString())
                .setSubject(subject(action.subject()))
                .setType(ActionType.valueOf("ACTION_TYPE_" + action.type().name()))
                .setCategory(action.category())
                .setCreatedAt(timestamp(action.createdAt()))
                .setReverted(action.reverted())
                .setOrigin(ActionOrigin.valueOf("ACTION_ORIGIN_" + action.origin().name()))
                .addAllModelVersions(action.provenance().modelVersions())
                .addAllSignalIds(action.provenance().signalIds())
                .setStatus(status(action));
        if (action.provenance().policyVersion() != null) {
            proto.setPolicyVersion(action.provenance().policyVersion());
        }
        if (action.referenceId() != null) {
            proto.setReferenceId(action.referenceId());
        }
        if (action.expiresAt() != null) {
            proto.setExpiresAt(timestamp(action.expiresAt()));
        }
        return proto.build();
    }

    static dev.bulwark.proto.action.v1.Standing standing(Standing standing) {
        var proto = dev.bulwark.proto.action.v1.Standing.newBuilder()
                .setSubject(subject(standing.subject()))
                .setState(StandingState.valueOf("STANDING_STATE_" + standing.state().name()))
                .setActiveStrikes(standing.activeStrikes())
                .setTotalStrikes(standing.totalStrikes())
                .setActivePoints(standing.activePoints());
        if (standing.suspendedUntil() != null) {
            proto.setSuspendedUntil(timestamp(standing.suspendedUntil()));
        }
        if (standing.organizationState() != null) {
            proto.setOrganizationState(StandingState.valueOf("STANDING_STATE_" + standing.organizationState().name()));
        }
        return proto.build();
    }

    private static ActionStatus status(EnforcementAction action) {
        return ActionStatus.valueOf("ACTION_STATUS_" + action.lifecycleStatus());
    }

    private static EnforcementType requestedType(ActionType type) {
        return switch (type) {
            case ACTION_TYPE_WARN -> EnforcementType.WARN;
            case ACTION_TYPE_RESTRICT -> EnforcementType.RESTRICT;
            case ACTION_TYPE_SUSPEND -> EnforcementType.SUSPEND;
            case ACTION_TYPE_BAN -> EnforcementType.BAN;
            case ACTION_TYPE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
