package dev.bulwark.cases.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.policy.Routing;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SystemQueueTest {

    @Test
    void shouldBeExactlyTheQueueIdsPoliciesMayNotUse() {
        assertThat(Arrays.stream(SystemQueue.values()).map(SystemQueue::id)).containsExactlyInAnyOrderElementsOf(Routing.RESERVED_QUEUES);
    }

    @Test
    void shouldRecogniseOnlyItsOwnIds() {
        assertThat(SystemQueue.of("appeals")).contains(SystemQueue.APPEALS);
        assertThat(SystemQueue.of("qa")).contains(SystemQueue.QA);
        assertThat(SystemQueue.of("abuse")).isEmpty();
    }
}
