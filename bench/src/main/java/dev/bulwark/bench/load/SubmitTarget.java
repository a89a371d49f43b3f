package dev.bulwark.bench.load;

import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.util.function.Consumer;

/** Where the load goes: something that answers Submit asynchronously (intake, the echo server, a fake in tests). */
@FunctionalInterface
public interface SubmitTarget {

    /**
     * Sends one submission and returns without waiting; {@code done} is called once with how it ended,
     * on whatever thread the answer arrives (possibly this one, before returning).
     */
    void submit(SubmitRequest request, Consumer<Outcome> done);
}
