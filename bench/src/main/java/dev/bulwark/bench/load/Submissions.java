package dev.bulwark.bench.load;

import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Chat submissions that are all new: each has its own idempotency key and its own author account, so
 * intake judges every one (no replay) and a REVIEW opens a case of its own rather than joining one.
 */
public final class Submissions implements Supplier<SubmitRequest> {

    private final String prefix;
    private final ContentMix mix;
    private final AtomicLong sequence = new AtomicLong();

    /** {@code runId} keeps keys of different runs against the same database apart. */
    public Submissions(String runId, ContentMix mix) {
        this.prefix = "bench-" + runId + "-";
        this.mix = mix;
    }

    @Override
    public SubmitRequest get() {
        long n = sequence.getAndIncrement();
        String id = prefix + n;
        return Requests.chat(id, Requests.account(id), mix.text(n));
    }
}
