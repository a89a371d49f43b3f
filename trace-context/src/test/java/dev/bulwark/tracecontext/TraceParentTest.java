package dev.bulwark.tracecontext;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    private final Tracer tracer = SdkTracerProvider.builder().build().get("test");

    @Test
    void shouldKeepNothingWhenNoSpanIsCurrent() {
        assertThat(TraceParent.current()).isEmpty();
    }

    @Test
    void shouldContinueTheTraceOfTheSpanThatWasCurrentWhenStored() {
        Span submission = tracer.spanBuilder("submit").startSpan();
        String stored;
        try (Scope ignored = submission.makeCurrent()) {
            stored = TraceParent.current().orElseThrow();
        } finally {
            submission.end();
        }

        Span later = tracer.spanBuilder("redeliver").setParent(TraceParent.continuing(stored)).startSpan();

        assertThat(stored).startsWith("00-" + submission.getSpanContext().getTraceId() + "-"
                + submission.getSpanContext().getSpanId() + "-");
        assertThat(later.getSpanContext().getTraceId()).isEqualTo(submission.getSpanContext().getTraceId());
        assertThat(TraceParent.linkTo(stored).getSpanId()).isEqualTo(submission.getSpanContext().getSpanId());
        assertThat(TraceParent.linkTo(stored).isRemote()).isTrue();
    }

    @Test
    void shouldStartAFreshTraceFromAMissingOrMalformedValue() {
        for (String stored : new String[] {null, "", "00-not-a-trace-01", "ff-" + "0".repeat(32) + "-" + "0".repeat(16) + "-01"}) {
            assertThat(TraceParent.continuing(stored)).isSameAs(Context.root());
            assertThat(TraceParent.linkTo(stored)).isEqualTo(SpanContext.getInvalid());
        }
    }
}
