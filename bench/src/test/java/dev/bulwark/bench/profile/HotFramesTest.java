package dev.bulwark.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HotFramesTest {

    @Test
    void shouldGroupTypesByTheLibraryTheyBelongTo() {
        assertThat(HotFrames.library("org.hibernate.reactive.session.impl.ReactiveSessionImpl")).isEqualTo("org.hibernate.reactive");
        assertThat(HotFrames.library("org.hibernate.query.sqm.internal.SqmUtil")).isEqualTo("org.hibernate");
        assertThat(HotFrames.library("dev.bulwark.intake.submission.service.SubmitSubmission")).isEqualTo("dev.bulwark");
        assertThat(HotFrames.library("org.postgresql.core.v3.QueryExecutorImpl")).isEqualTo("org.postgresql.core");
        assertThat(HotFrames.isJdk("java.util.HashMap")).isTrue();
        assertThat(HotFrames.isJdk("io.netty.buffer.PooledByteBuf")).isFalse();
    }

    /** A real recording of this JVM spinning in a method of this class: the samples are charged to it, not to the JDK. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldChargeSamplesToTheFirstFrameOutsideTheJdk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spin.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            recording.start();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            while (System.nanoTime() < until) {
                spinInTheJdk();
            }
            recording.stop();
            recording.dump(file);
        }
        assertThat(Files.size(file)).isPositive();

        HotFrames hot = HotFrames.of("test", file, 5, Instant.EPOCH);
        HotFrames later = HotFrames.of("test", file, 5, Instant.now());

        assertThat(hot.samples()).isPositive();
        assertThat(hot.methods()).isNotEmpty();
        assertThat(hot.methods().get(0).name()).isEqualTo("HotFramesTest.spinInTheJdk");
        assertThat(hot.methods().get(0).fraction()).isGreaterThan(0.5);
        assertThat(hot.libraries().get(0).name()).isEqualTo("dev.bulwark");
        assertThat(later.samples()).as("samples taken before the measured phase are left out").isZero();
    }

    private static volatile String sink;

    private static void spinInTheJdk() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(Integer.toHexString(i * 31)).append(',');
        }
        sink = text.toString().toUpperCase(java.util.Locale.ROOT).replace("A", "b");
    }
}
