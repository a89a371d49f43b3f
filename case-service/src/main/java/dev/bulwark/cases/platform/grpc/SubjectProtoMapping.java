package dev.bulwark.cases.platform.grpc;

import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;

/** The one mapping between the wire's subject and case-service's, for cases, appeals and action-service calls. */
public final class SubjectProtoMapping {

    private SubjectProtoMapping() {}

    /** The subject as received; an unknown type becomes null for the validators to report. */
    public static Subject toDomain(dev.bulwark.proto.common.v1.Subject s) {
        SubjectType type = switch (s.getType()) {
            case SUBJECT_TYPE_ACCOUNT -> SubjectType.ACCOUNT;
            case SUBJECT_TYPE_ORGANIZATION -> SubjectType.ORGANIZATION;
            case SUBJECT_TYPE_API_KEY -> SubjectType.API_KEY;
            case SUBJECT_TYPE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        return new Subject(type, s.getId().isBlank() ? null : s.getId(),
                s.getOrganizationId().isBlank() ? null : s.getOrganizationId());
    }

    public static dev.bulwark.proto.common.v1.Subject toProto(Subject subject) {
        dev.bulwark.proto.common.v1.Subject.Builder proto = dev.bulwark.proto.common.v1.Subject.newBuilder()
                .setType(switch (subject.type()) {
                    case ACCOUNT -> dev.bulwark.proto.common.v1.SubjectType.SUBJECT_TYPE_ACCOUNT;
                    case ORGANIZATION -> dev.bulwark.proto.common.v1.SubjectType.SUBJECT_TYPE_ORGANIZATION;
                    case API_KEY -> dev.bulwark.proto.common.v1.SubjectType.SUBJECT_TYPE_API_KEY;
                })
                .setId(subject.id());
        if (subject.organizationId() != null) {
            proto.setOrganizationId(subject.organizationId());
        }
        return proto.build();
    }
}
