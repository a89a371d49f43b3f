package dev.bulwark.action.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00.123456Z");

    private static EnforcementAction action(String subjectId) {
        return new EnforcementAction(UUID.randomUUID(), new Subject(SubjectKind.ACCOUNT, subjectId, "org-1"),
                EnforcementType.RESTRICT, "harassment", ActionOrigin.REVIEW, "case-1",
                new Provenance("v1", List.of("lexicon-2026.11"), List.of("lexicon:harassment")), "alice",
                List.of("posting"), T0, T0.plusSeconds(86_400), null, null);
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEvent event = AuditEvent.enforced(action("u-" + i));
            String hash = AuditChain.hash(prev, event);
            entries.add(new AuditEntry(i, event, prev, hash));
            prev = hash;
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    @Test
    void shouldHashDeterministicallyAsHexSha256() {
        AuditEvent event = AuditEvent.enforced(action("u-1"));
        assertThat(AuditChain.hash(AuditChain.GENESIS, event))
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, event))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void shouldChainTheHashToThePreviousOne() {
        AuditEvent event = AuditEvent.enforced(action("u-1"));
        assertThat(AuditChain.hash("1".repeat(64), event)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event));
    }

    @Test
    void shouldWriteTheEventPayloadAsCanonicalJson() {
        EnforcementAction action = action("u-1");
        assertThat(AuditEvent.enforced(action).payload()).isEqualTo(
                "{\"actionType\":\"RESTRICT\",\"actor\":\"alice\",\"category\":\"harassment\","
                        + "\"expiresAt\":\"2026-11-27T12:00:00.123456Z\",\"features\":[\"posting\"],"
                        + "\"modelVersions\":[\"lexicon-2026.11\"],"
                        + "\"organizationId\":\"org-1\",\"origin\":\"REVIEW\",\"policyVersion\":\"v1\","
                        + "\"referenceId\":\"case-1\",\"signalIds\":[\"lexicon:harassment\"]}");
    }

    @Test
    void shouldVerifyAnIntactChain() {
        assertThat(verify(chain(5))).isEqualTo(new ChainVerification(true, 5, null));
    }

    @Test
    void shouldVerifyAnEmptyChain() {
        assertThat(verify(List.of())).isEqualTo(new ChainVerification(true, 0, null));
    }

    @Test
    void shouldReportTheFirstEntryWhosePayloadWasAltered() {
        List<AuditEntry> entries = chain(5);
        AuditEntry original = entries.get(2);
        AuditEvent altered = new AuditEvent(original.event().occurredAt(), original.event().type(),
                original.event().actionId(), original.event().subject(), "{\"actionType\":\"WARN\"}");
        entries.set(2, new AuditEntry(original.seq(), altered, original.prevHash(), original.hash()));
        assertThat(verify(entries)).isEqualTo(new ChainVerification(false, 5, 3L));
    }

    @Test
    void shouldReportADeletedEntryAtItsSuccessor() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(verify(entries).firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void shouldReportARehashedEntryAtItsSuccessor() {
        List<AuditEntry> entries = chain(4);
        AuditEntry original = entries.get(1);
        AuditEvent altered = AuditEvent.enforced(action("someone-else"));
        entries.set(1, new AuditEntry(original.seq(), altered, original.prevHash(),
                AuditChain.hash(original.prevHash(), altered)));
        assertThat(verify(entries).firstBrokenSeq()).isEqualTo(3L);
    }
}
