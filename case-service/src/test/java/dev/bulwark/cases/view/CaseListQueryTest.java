package dev.bulwark.cases.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseListQueryTest {

    @Test
    void shouldDefaultToTwentyCasesFromTheNewestWithoutFilters() {
        CaseListQuery query = parse(Map.of());

        assertThat(query).isEqualTo(new CaseListQuery(null, null, null, null, null, null, null, null, 20, null));
    }

    @Test
    void shouldAcceptTheMaximumPageSizeAndRejectOneMore() {
        assertThat(parse(Map.of("queue", "abuse", "status", "OPEN", "limit", "100")))
                .isEqualTo(new CaseListQuery("abuse", CaseStatus.OPEN, null, null, null, null, null, null, 100, null));
        assertThatThrownBy(() -> parse(Map.of("limit", "101")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("limit"));
    }

    @Test
    void shouldReadEveryFilter() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-26T10:00:00Z"), UUID.randomUUID());

        CaseListQuery query = parse(Map.ofEntries(
                Map.entry("queue", "abuse"), Map.entry("status", "CLOSED"), Map.entry("kind", "APPEAL"),
                Map.entry("category", "harassment"), Map.entry("subjectType", "ACCOUNT"), Map.entry("subjectId", "user-1"),
                Map.entry("assignee", "ana"), Map.entry("createdFrom", "2026-11-01T00:00:00Z"),
                Map.entry("createdTo", "2026-12-01T00:00:00Z"), Map.entry("limit", "5"), Map.entry("cursor", cursor.encode())));

        assertThat(query).isEqualTo(new CaseListQuery("abuse", CaseStatus.CLOSED, CaseKind.APPEAL, "harassment",
                new Subject(SubjectType.ACCOUNT, "user-1", null), "ana", Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"), 5, cursor));
    }

    @Test
    void shouldTreatBlankParametersAsNotGiven() {
        CaseListQuery query = parse(Map.of("category", " ", "assignee", "", "subjectType", "", "subjectId", " ",
                "createdFrom", "", "kind", " "));

        assertThat(query).isEqualTo(new CaseListQuery(null, null, null, null, null, null, null, null, 20, null));
    }

    @Test
    void shouldAcceptAnEmptyCreationWindowButNotAReversedOne() {
        assertThat(parse(Map.of("createdFrom", "2026-11-26T10:00:00Z", "createdTo", "2026-11-26T10:00:00Z")).createdTo())
                .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThatThrownBy(() -> parse(Map.of("createdFrom", "2026-11-27T00:00:00Z", "createdTo", "2026-11-26T00:00:00Z")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("createdFrom"));
    }

    @Test
    void shouldRejectInstantsThatAreNotIso8601() {
        assertThatThrownBy(() -> parse(Map.of("createdFrom", "yesterday", "createdTo", "2026-11-26")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("createdFrom", "createdTo"));
    }

    @Test
    void shouldNeedBothHalvesOfASubject() {
        assertThatThrownBy(() -> parse(Map.of("subjectId", "user-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("subjectType"));
        assertThatThrownBy(() -> parse(Map.of("subjectType", "ACCOUNT")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("subjectId"));
        assertThatThrownBy(() -> parse(Map.of("subjectType", "PERSON", "subjectId", "user-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("subjectType"));
    }

    @Test
    void shouldReportEveryBadParameterAtOnce() {
        assertThatThrownBy(() -> parse(Map.of("status", "PENDING", "limit", "zero", "cursor", "%%%", "kind", "AUDIT",
                "subjectId", "user-1", "createdTo", "soon")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("limit", "status", "cursor", "kind", "subjectType", "createdTo"));
    }

    @Test
    void shouldRoundTripACursor() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-26T10:00:00.123456Z"), UUID.randomUUID());

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("|").doesNotContain("=");
    }

    @Test
    void shouldRejectACursorThisApiDidNotIssue() {
        String forged = java.util.Base64.getUrlEncoder().encodeToString("yesterday|someone".getBytes());

        assertThatThrownBy(() -> PageCursor.decode(forged)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageCursor.decode("bm8tc2VwYXJhdG9y")).isInstanceOf(InvalidInputException.class);
    }

    private static CaseListQuery parse(Map<String, String> query) {
        return CaseListQuery.parse(new CaseListParameters(query.get("queue"), query.get("status"), query.get("kind"),
                query.get("category"), query.get("subjectType"), query.get("subjectId"), query.get("assignee"),
                query.get("createdFrom"), query.get("createdTo"), query.get("limit"), query.get("cursor")));
    }

    private static java.util.List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
