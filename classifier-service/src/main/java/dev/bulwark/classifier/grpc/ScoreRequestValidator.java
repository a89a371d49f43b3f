package dev.bulwark.classifier.grpc;

import com.google.rpc.BadRequest.FieldViolation;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.common.v1.ImageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a ScoreRequest against the active policy; messages never repeat what the caller sent. */
final class ScoreRequestValidator {

    /** Largest text accepted, in bytes of UTF-8. */
    static final int MAX_TEXT_BYTES = 64 * 1024;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

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
        for (int i = 0; i < content.getImagesCount(); i++) {
            ImageRef image = content.getImages(i);
            if (!image.getSha256().isEmpty() && !SHA256_HEX.matcher(image.getSha256()).matches()) {
                violations.add(violation("content.images[" + i + "].sha256", "must be 64 hexadecimal digits"));
            }
        }
        return violations;
    }

    private static FieldViolation violation(String field, String description) {
        return FieldViolation.newBuilder().setField(field).setDescription(description).build();
    }
}
