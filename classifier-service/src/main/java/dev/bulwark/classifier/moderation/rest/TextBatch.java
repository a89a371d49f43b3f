package dev.bulwark.classifier.moderation.rest;

import dev.bulwark.classifier.rest.FieldViolation;
import dev.bulwark.classifier.rest.InvalidRequestException;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A valid moderation request: the texts to score and the surface whose thresholds decide. */
record TextBatch(Surface surface, List<String> texts) {

    /** The surface used when a request names none: texts arriving through the API. */
    static final String DEFAULT_SURFACE = "api";

    /** Reads a request under {@code policy}, or refuses it with every invalid field. */
    static TextBatch read(ModerationRequest request, UsagePolicy policy) {
        if (request == null) {
            throw new InvalidRequestException(List.of(new FieldViolation("body", "must be a JSON object with an input")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<String> texts = InputReader.texts(request.input(), violations);
        Optional<Surface> surface = policy.surface(request.surface() == null ? DEFAULT_SURFACE : request.surface());
        if (surface.isEmpty()) {
            violations.add(new FieldViolation("surface", "is not a surface of policy " + policy.version()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new TextBatch(surface.orElseThrow(), texts);
    }
}
