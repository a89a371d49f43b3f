package dev.bulwark.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final Subject author = new Subject(Subject.Kind.ACCOUNT, "a", "");

    @Test
    void shouldBeStableForTheSamePayload() {
        assertThat(Fingerprint.of(submission("key-1", "hello"))).isEqualTo(Fingerprint.of(submission("key-2", "hello")));
    }

    @Test
    void shouldDifferWhenTheContentDiffers() {
        assertThat(Fingerprint.of(submission("k", "hello"))).isNotEqualTo(Fingerprint.of(submission("k", "hello!")));
    }

    @Test
    void shouldDifferWhenAnImagesPdqHashDiffers() {
        assertThat(Fingerprint.of(withImage("a".repeat(64)))).isNotEqualTo(Fingerprint.of(withImage("b".repeat(64))));
    }

    @Test
    void shouldNotConfuseFieldBoundaries() {
        String a = new Fingerprint.Digest().add("ab").add("c").hex();
        String b = new Fingerprint.Digest().add("a").add("bc").hex();

        assertThat(a).isNotEqualTo(b);
    }

    private NewSubmission withImage(String pdq) {
        return new NewSubmission("t", "k", "chat", author,
                new SubmittedContent("", "", List.of(new SubmittedContent.Image("s3://b/k", "", pdq))));
    }

    private NewSubmission submission(String key, String text) {
        return new NewSubmission("t", key, "chat", author, new SubmittedContent(text, "", List.of()));
    }
}
