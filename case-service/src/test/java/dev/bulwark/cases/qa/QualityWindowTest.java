package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QualityWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);

    @Test
    void shouldDefaultToTheLastThirtyDays() {
        assertThat(QualityWindow.parse(null, " ", NOW, MONTH)).isEqualTo(new QualityWindow(NOW.minus(MONTH), NOW));
    }

    @Test
    void shouldCountBackFromAGivenEnd() {
        Instant end = Instant.parse("2026-11-15T00:00:00Z");

        assertThat(QualityWindow.parse(null, "2026-11-15T00:00:00Z", NOW, MONTH)).isEqualTo(new QualityWindow(end.minus(MONTH), end));
    }

    @Test
    void shouldReportEveryUnreadableInstant() {
        assertThatThrownBy(() -> QualityWindow.parse("yesterday", "2026-13-01", NOW, MONTH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("from", "to"));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> QualityWindow.parse("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", NOW, MONTH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("to"));
        assertThatThrownBy(() -> QualityWindow.parse("2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z", NOW, MONTH))
                .isInstanceOf(InvalidInputException.class);
    }
}
