package dev.bulwark.classifier.moderation.rest;

import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.Surface;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Shapes classifications as the {@code /v1/classify} response. */
final class ClassifyMapper {

    private ClassifyMapper() {}

    static ClassifyResponse toResponse(String policyVersion, Surface surface, List<Classification> classifications) {
        return new ClassifyResponse(
                "clf-" + UUID.randomUUID().toString().replace("-", ""),
                surface.id(),
                policyVersion,
                classifications.stream().map(ClassifyMapper::toResult).toList());
    }

    private static ClassifyResponse.Result toResult(Classification c) {
        Map<String, Reason> reasonOf = c.decision().reasons().stream().collect(Collectors.toMap(Reason::category, r -> r));
        return new ClassifyResponse.Result(
                lower(c.decision().verdict()),
                c.scores().stream().map(s -> new ClassifyResponse.CategoryResult(s.category(), s.score(), lower(s.severity()),
                        reasonOf.containsKey(s.category()) ? lower(reasonOf.get(s.category()).verdict()) : "none")).toList(),
                c.decision().reasons().stream().map(r -> new ClassifyResponse.ReasonResult(
                        r.category(), lower(r.verdict()), r.score(), r.threshold(), r.autoEnforce())).toList(),
                c.signals().stream().map(ClassifyMapper::toSignal).toList(),
                c.modelVersions());
    }

    private static ClassifyResponse.SignalResult toSignal(Signal s) {
        return new ClassifyResponse.SignalResult(s.id(), s.category(), s.weight(),
                s.evidence().stream().map(span -> new ClassifyResponse.Evidence(span.start(), span.end())).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
