package dev.bulwark.cases.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseListQueryTest {

    @Test
    void shouldDefaultToTwentyCasesFromTheNewest() {
        CaseListQuery query = CaseListQuery.parse(null, null, null, null);

        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.after()).isNull();
        assertThat(query.status()).isNull();
    }

    @Test
    void shouldAcceptTheMaximumPageSizeAndRejectOneMore() {
        assertThat(CaseListQuery.parse("abuse", "OPEN", "100", null))
                .isEqualTo(new CaseListQuery("abuse", CaseStatus.OPEN, 100, null));
        assertThatThrownBy(() -> CaseListQuery.parse(null, null, "101", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("limit"));
    }

    @Test
    void shouldReportEveryBadParameterAtOnce() {
        assertThatThrownBy(() -> CaseListQuery.parse(null, "PENDING", "zero", "%%%"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("limit", "status", "cursor"));
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
}
