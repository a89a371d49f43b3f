package dev.bulwark.intake.submission;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.intake.error.FieldViolation;
import dev.bulwark.intake.error.InvalidRequestException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(Set.of("chat", "profile"));
    private final Subject author = new Subject(Subject.Kind.ACCOUNT, "acct-1", "");

    @Test
    void shouldAcceptAWellFormedSubmission() {
        assertThatCode(() -> validator.validate(submission("k-1", "chat", author, "hello"))).doesNotThrowAnyException();
    }

    @Test
    void shouldNameEveryInvalidField() {
        Subject anonymous = new Subject(Subject.Kind.UNSPECIFIED, "", "");

        assertThatThrownBy(() -> validator.validate(submission("", "forum", anonymous, "")))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).violations().stream().map(FieldViolation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactlyInAnyOrder("idempotency_key", "surface", "author.type", "author.id", "content.text");
    }

    @Test
    void shouldAcceptAnApiKeyAuthorOnlyWithItsOrganisation() {
        Subject key = new Subject(Subject.Kind.API_KEY, "key-1", "org-1");
        Subject orphan = new Subject(Subject.Kind.API_KEY, "key-2", "");

        assertThatCode(() -> validator.validate(submission("k-2", "chat", key, "hello"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(submission("k-3", "chat", orphan, "hello")))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).violations().stream().map(FieldViolation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactly("author.organization_id");
    }

    @Test
    void shouldRefuseTextOverTheByteLimitCountingUtf8() {
        // 'é' is two bytes in UTF-8: 16,385 of them exceed 32,768 bytes while staying under 32,768 chars.
        String text = "é".repeat(SubmissionValidator.MAX_TEXT_BYTES / 2 + 1);

        assertThatThrownBy(() -> validator.validate(submission("k", "chat", author, text)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).violations().get(0).field())
                .isEqualTo("content.text");
    }

    @Test
    void shouldAcceptAnImageWithoutText() {
        SubmittedContent image = new SubmittedContent("", "", List.of(new SubmittedContent.Image("s3://b/k", "a".repeat(64), "F".repeat(64))));

        assertThatCode(() -> validator.validate(new NewSubmission("t", "k", "chat", author, image))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAMalformedImageHash() {
        SubmittedContent image = new SubmittedContent("hi", "", List.of(new SubmittedContent.Image("s3://b/k", "xyz", "")));

        assertThatThrownBy(() -> validator.validate(new NewSubmission("t", "k", "chat", author, image)))
                .extracting(e -> ((InvalidRequestException) e).violations().get(0).field())
                .isEqualTo("content.images[0].sha256");
    }

    @Test
    void shouldRefuseAMalformedPdqHashNamingTheImage() {
        SubmittedContent images = new SubmittedContent("hi", "", List.of(
                new SubmittedContent.Image("s3://b/1", "", "0".repeat(64)),
                new SubmittedContent.Image("s3://b/2", "", "0".repeat(63))));

        assertThatThrownBy(() -> validator.validate(new NewSubmission("t", "k", "chat", author, images)))
                .extracting(e -> ((InvalidRequestException) e).violations().stream().map(FieldViolation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactly("content.images[1].pdq");
    }

    private static NewSubmission submission(String key, String surface, Subject author, String text) {
        return new NewSubmission("tenant", key, surface, author, new SubmittedContent(text, "", List.of()));
    }
}
