package dev.bulwark.cases.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoteTest {

    @Test
    void shouldKeepTextOfOneToTwoThousandCharacters() {
        assertThat(Note.validText("x")).isEqualTo("x");
        assertThat(Note.validText("x".repeat(2000))).hasSize(2000);
    }

    @Test
    void shouldRejectEmptyBlankMissingAndOversizedText() {
        for (String text : new String[] {null, "", "  \n ", "x".repeat(2001)}) {
            assertThatThrownBy(() -> Note.validText(text))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("text"));
        }
    }

    @Test
    void shouldRoundTripThroughTheEventDetails() {
        Note note = new Note("ana", "check the earlier reports", Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(Note.fromEvent("ana", note.toDetails(), note.writtenAt())).isEqualTo(note);
        assertThat(note.toDetails()).containsOnlyKeys("text");
    }

    @Test
    void shouldLetReviewersWriteOnlyOnQueuesTheyWork() {
        QueueAccess abuseReviewer = new QueueAccess(Set.of("reviewer"), Set.of("abuse"));

        assertThat(NoteAuthors.mayWrite(abuseReviewer, "abuse")).isTrue();
        assertThat(NoteAuthors.mayWrite(abuseReviewer, "integrity")).isFalse();
        assertThat(NoteAuthors.mayWrite(abuseReviewer, "appeals")).isFalse();
    }

    @Test
    void shouldLetSeniorsQaAndPolicyAdminsWriteOnEveryCaseButNeverAuditors() {
        for (String role : List.of("senior-reviewer", "qa", "policy-admin")) {
            QueueAccess access = new QueueAccess(Set.of(role), Set.of());
            assertThat(NoteAuthors.mayWrite(access, "integrity")).as(role).isTrue();
            assertThat(NoteAuthors.mayWrite(access, "appeals")).as(role).isTrue();
            assertThat(NoteAuthors.mayWrite(access, "qa")).as(role).isTrue();
        }
        assertThat(NoteAuthors.mayWrite(new QueueAccess(Set.of("auditor"), Set.of()), "integrity")).isFalse();
        assertThat(NoteAuthors.mayWrite(new QueueAccess(Set.of("auditor", "reviewer"), Set.of("abuse")), "integrity"))
                .as("an auditor who also reviews abuse reads integrity but does not work it")
                .isFalse();
    }
}
