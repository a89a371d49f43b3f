package dev.bulwark.cases.reveal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContentRevealTest {

    @Test
    void shouldKeepTheItemAndCategoryButNoContentInTheEvent() {
        ContentReveal reveal = new ContentReveal(UUID.randomUUID(), "harassment");

        assertThat(reveal.toDetails()).containsOnlyKeys("itemId", "category");
        assertThat(ContentReveal.fromDetails(reveal.toDetails())).isEqualTo(reveal);
    }

    @Test
    void shouldRecordARevealOnACaseWithoutCategory() {
        ContentReveal reveal = new ContentReveal(UUID.randomUUID(), null);

        assertThat(ContentReveal.fromDetails(reveal.toDetails())).isEqualTo(reveal);
    }
}
