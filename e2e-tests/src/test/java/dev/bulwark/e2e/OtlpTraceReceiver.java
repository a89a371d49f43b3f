package dev.bulwark.e2e;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on loopback, as an OpenTelemetry collector would be in a cluster: the
 * services export their spans to it and the suite reads them back to check the shape of traces.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One received span: which service sent it, its ids, and its attributes and links. */
    record ReceivedSpan(String service, String name, Span.SpanKind kind, String traceId, String spanId,
            String parentSpanId, Map<String, String> attributes, List<String> linkedTraceIds) {}

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/v1/traces", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OTLP receiver", e);
        }
    }

    /** The properties that make a service export its traces here, promptly. */
    Map<String, String> exportConfig() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    /** How many spans were received so far, of any trace. */
    int received() {
        return spans.size();
    }

    /** Why exports were refused, if any were: a receiver that cannot read them would otherwise look like silence. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every span received so far of one trace. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Every span received so far that links to a span of {@code traceId}. */
    List<ReceivedSpan> linkingTo(String traceId) {
        return spans.stream().filter(s -> s.linkedTraceIds().contains(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = body(exchange)) {
            try {
                ExportTraceServiceRequest.parseFrom(body).getResourceSpansList().forEach(this::keep);
            } catch (IOException | RuntimeException | LinkageError e) {
                problems.add(e.toString());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        return gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private void keep(ResourceSpans resourceSpans) {
        String service = attributes(resourceSpans.getResource().getAttributesList()).getOrDefault("service.name", "");
        for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
            for (Span span : scope.getSpansList()) {
                spans.add(new ReceivedSpan(service, span.getName(), span.getKind(), hex(span.getTraceId()),
                        hex(span.getSpanId()), hex(span.getParentSpanId()), attributes(span.getAttributesList()),
                        span.getLinksList().stream().map(link -> hex(link.getTraceId())).toList()));
            }
        }
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        return values.stream().collect(java.util.stream.Collectors.toMap(KeyValue::getKey,
                kv -> kv.getValue().hasStringValue() ? kv.getValue().getStringValue() : kv.getValue().toString().strip(),
                (first, second) -> first));
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
