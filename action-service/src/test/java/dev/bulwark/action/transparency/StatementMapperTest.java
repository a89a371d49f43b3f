package dev.bulwark.action.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementMapperTest {

    private static final Instant TAKEN = Instant.parse("2026-11-26T23:30:00Z");
    private static final UUID ID = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901234567890");
    private static final Provenance CLASSIFIED = new Provenance("2026-11-26.1", List.of("moderation-v3"), List.of("sig-1"));

    private final StatementMapper mapper = new StatementMapper(new ExportRules(
            Map.of("harassment", "STATEMENT_CATEGORY_CYBER_VIOLENCE", "sexual/minors", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
            Map.of("sexual/minors", "Directive 2011/93/EU"),
            List.of("CONTENT_TYPE_TEXT"), List.of("DE", "FR"), "https://example.org/usage-policy"));

    private static EnforcementAction action(EnforcementType type, ActionOrigin origin, Provenance provenance,
            Duration duration, List<String> features) {
        return action(type, origin, provenance, duration, features, "harassment", Subject.of(SubjectKind.ACCOUNT, "u-1"));
    }

    private static EnforcementAction action(EnforcementType type, ActionOrigin origin, Provenance provenance,
            Duration duration, List<String> features, String category, Subject subject) {
        return new EnforcementAction(ID, subject, type, category, origin, "ref-1", provenance, "intake-service", features,
                TAKEN, duration == null ? null : TAKEN.plus(duration), null, null);
    }

    private StatementOfReasons statement(EnforcementAction action) {
        StatementDraft draft = mapper.draft(action);
        assertThat(draft).isInstanceOf(StatementDraft.Ready.class);
        return ((StatementDraft.Ready) draft).statement();
    }

    @Test
    void warningsRestrictNothingAndAreNotReportable() {
        assertThat(StatementMapper.reportable(EnforcementType.WARN)).isFalse();
        assertThat(StatementMapper.reportable(EnforcementType.RESTRICT)).isTrue();
        assertThatThrownBy(() -> mapper.draft(action(EnforcementType.WARN, ActionOrigin.AUTOMATED, CLASSIFIED, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restrictionIsAPartialSuspensionOfTheServiceUntilItEnds() {
        Map<String, Object> fields = statement(action(EnforcementType.RESTRICT, ActionOrigin.AUTOMATED, CLASSIFIED,
                Duration.ofDays(1), List.of("posting"))).fields();

        assertThat(fields).containsEntry("decision_provision", "DECISION_PROVISION_PARTIAL_SUSPENSION")
                .containsEntry("end_date_service_restriction", "2026-11-27")
                .doesNotContainKeys("decision_account", "end_date_account_restriction", "decision_visibility",
                        "decision_monetary");
        assertThat((String) fields.get("decision_facts")).contains("posting").contains("until 2026-11-27");
    }

    @Test
    void suspensionSuspendsTheAccountUntilItEnds() {
        Map<String, Object> fields = statement(action(EnforcementType.SUSPEND, ActionOrigin.REVIEW, Provenance.NONE,
                Duration.ofDays(7), null)).fields();

        assertThat(fields).containsEntry("decision_account", "DECISION_ACCOUNT_SUSPENDED")
                .containsEntry("end_date_account_restriction", "2026-12-03")
                .doesNotContainKeys("decision_provision", "end_date_service_restriction");
    }

    @Test
    void banTerminatesTheAccountWithoutEndDate() {
        Map<String, Object> fields = statement(action(EnforcementType.BAN, ActionOrigin.REVIEW, CLASSIFIED, null, null))
                .fields();

        assertThat(fields).containsEntry("decision_account", "DECISION_ACCOUNT_TERMINATED")
                .doesNotContainKeys("end_date_account_restriction", "decision_provision");
    }

    @Test
    void automaticDecisionIsFullyAutomatedAndAutomaticallyDetected() {
        StatementOfReasons statement = statement(action(EnforcementType.BAN, ActionOrigin.AUTOMATED, Provenance.NONE,
                null, null));

        assertThat(statement.automatedDetection()).isEqualTo("Yes");
        assertThat(statement.automatedDecision()).isEqualTo("AUTOMATED_DECISION_FULLY");
    }

    @Test
    void reviewerDecisionIsNotAutomatedButDetectionIsWhenAModelScoredTheContent() {
        StatementOfReasons scored = statement(action(EnforcementType.BAN, ActionOrigin.REVIEW, CLASSIFIED, null, null));
        StatementOfReasons reported = statement(action(EnforcementType.BAN, ActionOrigin.REVIEW, Provenance.NONE, null, null));

        assertThat(scored.automatedDecision()).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(scored.automatedDetection()).isEqualTo("Yes");
        assertThat(reported.automatedDecision()).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(reported.automatedDetection()).isEqualTo("No");
    }

    @Test
    void groundIsTheUsagePolicyWithItsVersion() {
        Map<String, Object> fields = statement(action(EnforcementType.SUSPEND, ActionOrigin.AUTOMATED, CLASSIFIED,
                Duration.ofDays(7), null)).fields();

        assertThat(fields).containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
                .containsEntry("incompatible_content_ground", "Usage policy, version 2026-11-26.1, category 'harassment'")
                .containsEntry("decision_ground_reference_url", "https://example.org/usage-policy")
                .containsEntry("category", "STATEMENT_CATEGORY_CYBER_VIOLENCE")
                .containsKey("incompatible_content_explanation")
                .doesNotContainKeys("illegal_content_legal_ground", "illegal_content_explanation");
    }

    @Test
    void categoryMappedAsIllegalHasTheIllegalContentGround() {
        Map<String, Object> fields = statement(action(EnforcementType.BAN, ActionOrigin.AUTOMATED, CLASSIFIED, null,
                null, "sexual/minors", Subject.of(SubjectKind.ACCOUNT, "u-1"))).fields();

        assertThat(fields).containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
                .containsEntry("illegal_content_legal_ground", "Directive 2011/93/EU")
                .containsEntry("category", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS")
                .containsKey("illegal_content_explanation")
                .doesNotContainKeys("incompatible_content_ground", "incompatible_content_explanation");
    }

    @Test
    void unmappedCategoryIsBlockedWithAReasonRatherThanGuessed() {
        StatementDraft draft = mapper.draft(action(EnforcementType.BAN, ActionOrigin.AUTOMATED, CLASSIFIED, null, null,
                "spam", Subject.of(SubjectKind.ACCOUNT, "u-1")));

        assertThat(draft).isInstanceOf(StatementDraft.Blocked.class);
        assertThat(((StatementDraft.Blocked) draft).reason()).startsWith("CATEGORY_UNMAPPED").contains("'spam'");
    }

    @Test
    void statementCarriesDatesScopeAndAStablePuidButNoSubjectOrReference() {
        Subject subject = new Subject(SubjectKind.ACCOUNT, "user-4711", "org-9");
        StatementOfReasons first = statement(action(EnforcementType.BAN, ActionOrigin.AUTOMATED, CLASSIFIED, null, null,
                "harassment", subject));
        StatementOfReasons again = statement(action(EnforcementType.BAN, ActionOrigin.AUTOMATED, CLASSIFIED, null, null,
                "harassment", subject));

        assertThat(first.puid()).isEqualTo("bulwark-" + ID).isEqualTo(again.puid()).matches("[a-zA-Z0-9_-]+");
        Map<String, Object> fields = first.fields();
        assertThat(fields).containsEntry("application_date", "2026-11-26")
                .containsEntry("content_date", "2026-11-26")
                .containsEntry("content_type", List.of("CONTENT_TYPE_TEXT"))
                .containsEntry("territorial_scope", List.of("DE", "FR"))
                .containsEntry("source_type", "SOURCE_VOLUNTARY")
                .doesNotContainKey("account_type");
        assertThat(fields.toString()).doesNotContain("user-4711", "org-9", "ref-1", "intake-service");
    }

    @Test
    void organisationIsABusinessAccount() {
        StatementOfReasons statement = statement(action(EnforcementType.SUSPEND, ActionOrigin.REVIEW, CLASSIFIED,
                Duration.ofDays(7), null, "harassment", Subject.of(SubjectKind.ORGANIZATION, "org-1")));

        assertThat(statement.accountType()).isEqualTo("ACCOUNT_TYPE_BUSINESS");
    }

    @Test
    void rulesRefuseWhatTheDatabaseWouldRefuse() {
        assertThatThrownBy(() -> new ExportRules(Map.of("spam", "STATEMENT_CATEGORY_SPAM"), Map.of(),
                List.of("CONTENT_TYPE_TEXT", "CONTENT_TYPE_OTHER"), List.of("Germany"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STATEMENT_CATEGORY_SPAM")
                .hasMessageContaining("CONTENT_TYPE_OTHER")
                .hasMessageContaining("Germany");
    }
}
