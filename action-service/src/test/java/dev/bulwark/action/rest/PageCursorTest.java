package dev.bulwark.action.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void shouldReadBackTheTokenItWrote() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-26T12:00:00.123456Z"), UUID.randomUUID());

        assertThat(PageCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void shouldRefuseATokenItDidNotWrite() {
        assertThatThrownBy(() -> PageCursor.parse("not a cursor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageCursor.parse("bm90fGF8Y3Vyc29y")).isInstanceOf(IllegalArgumentException.class);
    }
}
