package dev.bulwark.bench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its CPU, from the execution samples of a JFR recording: each sample is charged
 * to the first frame outside the JDK (the library or Bulwark code that asked for the work), grouped by
 * library, and the hottest such methods are listed.
 */
public record HotFrames(String process, long samples, List<Share> libraries, List<Share> methods) {

    /** A library (package prefix) or method and the share of samples charged to it. */
    public record Share(String name, long samples, double fraction) {}

    /** Package prefixes that name a library; anything else is charged to its first three package segments. */
    private static final List<String> LIBRARIES = List.of("dev.bulwark", "org.hibernate.reactive", "org.hibernate", "io.vertx.pgclient",
            "io.vertx.sqlclient", "io.vertx", "io.netty", "io.grpc", "io.quarkus.grpc", "io.quarkus.oidc", "io.quarkus.security",
            "io.quarkus.arc", "io.quarkus", "org.jose4j", "io.smallrye.jwt", "io.smallrye.mutiny", "io.smallrye.context", "io.smallrye",
            "com.google.protobuf", "com.fasterxml.jackson", "io.micrometer", "io.opentelemetry", "org.jboss.logmanager", "org.jboss.logging");

    /** The execution samples of {@code recording} taken at or after {@code from}. */
    public static HotFrames of(String process, Path recording, int top, Instant from) {
        Map<String, Long> byLibrary = new HashMap<>();
        Map<String, Long> byMethod = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStartTime().isBefore(from)) {
                    continue;
                }
                samples++;
                RecordedFrame charged = chargedFrame(event.getStackTrace());
                String type = charged.getMethod().getType().getName();
                byLibrary.merge(library(type), 1L, Long::sum);
                byMethod.merge(simpleName(type) + "." + charged.getMethod().getName(), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recording, e);
        }
        return new HotFrames(process, samples, shares(byLibrary, samples, top), shares(byMethod, samples, top));
    }

    /** The first frame from the top whose class is not the JDK's; the top frame when all are. */
    static RecordedFrame chargedFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (!isJdk(frame.getMethod().getType().getName())) {
                return frame;
            }
        }
        return stack.getFrames().get(0);
    }

    static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.");
    }

    static String library(String type) {
        for (String prefix : LIBRARIES) {
            if (type.startsWith(prefix + ".")) {
                return prefix;
            }
        }
        String[] parts = type.split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, Math.max(1, parts.length - 1))));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static List<Share> shares(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new Share(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
    }
}
