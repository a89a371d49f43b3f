package dev.bulwark.classifier.grpc;

import com.google.rpc.BadRequest.FieldViolation;
import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.classifier.image.Sha256;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.common.v1.ImageRef;
import java.util.ArrayList;
import java.util.List;

/** Checks a ScoreRequest against the active policy; messages never repeat what the caller sent. */
final class ScoreRequestValidator {

    /** Largest text accepted, in bytes of UTF-8. */
    static final int MAX_TEXT_BYTES = 64 * 1024;
    /** Most images one request may carry. */
    static final int MAX_IMAGES = 16;

    private ScoreRequestValidator() {}

    static List<FieldViolation> violations(ScoreRequest request, UsagePolicy policy) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.getSurface().isEmpty()) {
            violations.add(violation("surface", "must be set to a surface of the active policy"));
        } else if (policy.surface(request.getSurface()).isEmpty()) {
            violations.add(violation("surface", "is not a surface of policy " + policy.version()));
        }
        var content = request.getContent();
        if (content.getText().isEmpty() && content.getImagesCount() == 0) {
            violations.add(violation("content.text", "must not be empty when there are no images"));
        } else if (content.getTextBytes().size() > MAX_TEXT_BYTES) {
            violations.add(violation("content.text", "must be at most " + MAX_TEXT_BYTES + " bytes of UTF-8"));
        }
        if (content.getImagesCount() > MAX_IMAGES) {
            violations.add(violation("content.images", "must hold at most " + MAX_IMAGES + " images"));
        }
        for (int i = 0; i < content.getImagesCount(); i++) {
            ImageRef image = content.getImages(i);
            if (!image.getSha256().isEmpty() && !Sha256.isValidHex(image.getSha256())) {
                violations.add(violation("content.images[" + i + "].sha256", "must be 64 hexadecimal digits"));
            }
            if (!image.getPdq().isEmpty() && !PdqHash.isValidHex(image.getPdq())) {
                violations.add(violation("content.images[" + i + "].pdq", "must be 64 hexadecimal digits"));
            }
        }
        return violations;
    }

    private static FieldViolation violation(String field, String description) {
        return FieldViolation.newBuilder().setField(field).setDescription(description).build();
    }
}
