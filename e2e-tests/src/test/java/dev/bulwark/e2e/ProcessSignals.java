package dev.bulwark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Faults dealt to a running service: a crash (SIGKILL), or a hang (SIGSTOP) and its end (SIGCONT). */
final class ProcessSignals {

    private ProcessSignals() {}

    /** Kills the service without letting it clean up, as a crash or an OOM kill would; start it again with the stack. */
    static void kill(ServiceStack services, BulwarkService target) throws InterruptedException, ExecutionException, TimeoutException {
        ProcessHandle process = ProcessHandle.of(services.process(target).pid()).orElseThrow();
        assertThat(process.destroyForcibly()).as("SIGKILL delivered to %s", target.module()).isTrue();
        assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** Freezes the service: its connections stay open and calls to it go unanswered. */
    static void pause(ServiceStack services, BulwarkService target) throws IOException, InterruptedException {
        signal("STOP", services, target);
    }

    /** Lets a frozen service run again. */
    static void resume(ServiceStack services, BulwarkService target) throws IOException, InterruptedException {
        signal("CONT", services, target);
    }

    private static void signal(String name, ServiceStack services, BulwarkService target) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(services.process(target).pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("SIG%s delivered to %s", name, target.module()).isTrue();
    }
}
