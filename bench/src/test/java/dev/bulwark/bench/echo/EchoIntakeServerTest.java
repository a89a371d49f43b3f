package dev.bulwark.bench.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.bench.load.ClosedLoop;
import dev.bulwark.bench.load.ContentMix;
import dev.bulwark.bench.load.GrpcSubmitTarget;
import dev.bulwark.bench.load.OpenModel;
import dev.bulwark.bench.load.Outcome;
import dev.bulwark.bench.load.Phases;
import dev.bulwark.bench.load.Progress;
import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.load.Submissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The harness over real gRPC against the echo server, briefly. */
class EchoIntakeServerTest {

    private static final Phases SHORT = new Phases(Duration.ofMillis(300), Duration.ofSeconds(1));
    private static final Duration DRAIN = Duration.ofSeconds(5);

    @Test
    void closedLoopAgainstTheEchoServerAnswersEveryCall() {
        try (EchoIntakeServer echo = EchoIntakeServer.start(0);
                GrpcSubmitTarget target = new GrpcSubmitTarget("127.0.0.1", echo.port(), 2, () -> "any", Duration.ofSeconds(5))) {
            RunResult result = new ClosedLoop(4).run("echo", target, new Submissions("t", ContentMix.parse("80/15/5")),
                    SHORT, DRAIN, Progress.silent());

            assertThat(result.okPerSecond()).isGreaterThan(50);
            assertThat(result.errorCount()).isZero();
            assertThat(result.byOutcome()).containsOnlyKeys(Outcome.ok("ALLOW"));
            assertThat(result.maxInFlight()).isEqualTo(4);
        }
    }

    @Test
    void openModelAgainstTheEchoServerSendsEveryDueCall() {
        try (EchoIntakeServer echo = EchoIntakeServer.start(0);
                GrpcSubmitTarget target = new GrpcSubmitTarget("127.0.0.1", echo.port(), 2, () -> "any", Duration.ofSeconds(5))) {
            RunResult result = new OpenModel(200, 100).run("echo", target, new Submissions("t", ContentMix.parse("80/15/5")),
                    SHORT, DRAIN, Progress.silent());

            assertThat(result.ok().getTotalCount()).isEqualTo(200);
            assertThat(result.dropped()).isZero();
            assertThat(result.errorCount()).isZero();
        }
    }

    @Test
    void theEchoServerRunsInAProcessOfItsOwn() {
        try (EchoProcess echo = EchoProcess.start();
                GrpcSubmitTarget target = new GrpcSubmitTarget("127.0.0.1", echo.port(), 2, () -> "any", Duration.ofSeconds(5))) {
            RunResult result = new ClosedLoop(2).run("echo", target, new Submissions("t", ContentMix.parse("100/0/0")),
                    new Phases(Duration.ZERO, Duration.ofMillis(500)), DRAIN, Progress.silent());

            assertThat(echo.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(result.ok().getTotalCount()).isPositive();
            assertThat(result.errorCount()).isZero();
        }
    }
}
