package dev.bulwark.intake.grpc;

import dev.bulwark.intake.submission.Subject;
import dev.bulwark.proto.common.v1.SubjectType;

/** The one mapping between the wire's subject and intake's, for submissions, reports, appeals and deliveries. */
public final class SubjectProtoMapping {

    private SubjectProtoMapping() {}

    public static Subject toDomain(dev.bulwark.proto.common.v1.Subject s) {
        Subject.Kind kind = switch (s.getType()) {
            case SUBJECT_TYPE_ACCOUNT -> Subject.Kind.ACCOUNT;
            case SUBJECT_TYPE_ORGANIZATION -> Subject.Kind.ORGANIZATION;
            case SUBJECT_TYPE_API_KEY -> Subject.Kind.API_KEY;
            case SUBJECT_TYPE_UNSPECIFIED, UNRECOGNIZED -> Subject.Kind.UNSPECIFIED;
        };
        return new Subject(kind, s.getId(), s.getOrganizationId());
    }

    public static dev.bulwark.proto.common.v1.Subject toProto(Subject s) {
        SubjectType type = switch (s.kind()) {
            case ACCOUNT -> SubjectType.SUBJECT_TYPE_ACCOUNT;
            case ORGANIZATION -> SubjectType.SUBJECT_TYPE_ORGANIZATION;
            case API_KEY -> SubjectType.SUBJECT_TYPE_API_KEY;
            case UNSPECIFIED -> SubjectType.SUBJECT_TYPE_UNSPECIFIED;
        };
        return dev.bulwark.proto.common.v1.Subject.newBuilder()
                .setType(type)
                .setId(s.id())
                .setOrganizationId(s.organizationId() == null ? "" : s.organizationId())
                .build();
    }
}
