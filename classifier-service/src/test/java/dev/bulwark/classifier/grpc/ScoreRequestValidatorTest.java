package dev.bulwark.classifier.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.BadRequest.FieldViolation;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.ImageRef;
import org.junit.jupiter.api.Test;

class ScoreRequestValidatorTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();

    @Test
    void shouldAcceptImagesWithBothHashesInEitherCase() {
        ScoreRequest request = ScoreRequest.newBuilder().setSurface("chat")
                .setContent(Content.newBuilder().addImages(ImageRef.newBuilder().setSha256("AB".repeat(32)).setPdq("cd".repeat(32))))
                .build();

        assertThat(ScoreRequestValidator.violations(request, POLICY)).isEmpty();
    }

    @Test
    void shouldBoundTheNumberOfImages() {
        Content.Builder content = Content.newBuilder();
        for (int i = 0; i <= ScoreRequestValidator.MAX_IMAGES; i++) {
            content.addImages(ImageRef.newBuilder().setPdq("0".repeat(64)));
        }

        assertThat(ScoreRequestValidator.violations(ScoreRequest.newBuilder().setSurface("chat").setContent(content).build(), POLICY))
                .extracting(FieldViolation::getField).containsExactly("content.images");
    }
}
