package dev.bulwark.tracecontext;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A W3C {@code traceparent} kept beside stored work, so that what happens to it later (a scheduled
 * redelivery, a reviewer's decision days after) joins or links back to the trace that caused it.
 * Stored as text because it outlives any process, and holds ids only.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {}

    /** The traceparent of the current span, when there is a valid one to keep. */
    public static Optional<String> current() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}, when there is a valid one. */
    public static Optional<String> of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, headers, Map::put);
        return Optional.ofNullable(headers.get(HEADER));
    }

    /** The context that continues a stored traceparent; the root context when it is absent or malformed. */
    public static Context continuing(String stored) {
        if (stored == null || stored.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), stored, STORED);
    }

    /** The span a stored traceparent names, to link to; invalid when it is absent or malformed. */
    public static SpanContext linkTo(String stored) {
        return Span.fromContext(continuing(stored)).getSpanContext();
    }
}
