package dev.bulwark.intake.classification.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.intake.submission.SubmittedContent;
import dev.bulwark.proto.common.v1.ImageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMappingTest {

    @Test
    void shouldForwardEveryImageReferenceToTheClassifierAsSent() {
        SubmittedContent content = new SubmittedContent("look", "en", List.of(
                new SubmittedContent.Image("s3://b/1.png", "A".repeat(64), "f".repeat(64)),
                new SubmittedContent.Image("s3://b/2.png", null, null)));

        assertThat(ClassificationMapping.toProto(content).getImagesList()).containsExactly(
                ImageRef.newBuilder().setUri("s3://b/1.png").setSha256("A".repeat(64)).setPdq("f".repeat(64)).build(),
                ImageRef.newBuilder().setUri("s3://b/2.png").build());
    }
}
