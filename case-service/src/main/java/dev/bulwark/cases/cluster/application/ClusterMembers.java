package dev.bulwark.cases.cluster.application;

import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import java.util.List;
import java.util.UUID;

/** A cluster with all its members, closed ones included, oldest first; never empty. */
public record ClusterMembers(UUID id, String queue, List<CaseEntity> members) {

    public List<CaseEntity> unclosed() {
        return members.stream().filter(member -> member.status != CaseStatus.CLOSED).toList();
    }
}
