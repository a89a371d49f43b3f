package dev.bulwark.intake.submission;

import dev.bulwark.intake.error.Violations;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a submission against intake's documented limits and the policy's surfaces. */
public final class SubmissionValidator {

    /** Largest text accepted, in bytes of UTF-8 (documented in the README). */
    public static final int MAX_TEXT_BYTES = 32_768;

    public static final int MAX_KEY_LENGTH = 128;
    public static final int MAX_SUBJECT_ID_LENGTH = 256;
    public static final int MAX_IMAGES = 10;

    private static final Pattern HASH_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final Set<String> surfaces;

    public SubmissionValidator(Set<String> surfaces) {
        this.surfaces = Set.copyOf(surfaces);
    }

    /** Throws {@code InvalidRequestException} naming every invalid field. */
    public void validate(NewSubmission s) {
        Violations v = new Violations()
                .require("idempotency_key", s.idempotencyKey())
                .maxLength("idempotency_key", s.idempotencyKey(), MAX_KEY_LENGTH)
                .require("surface", s.surface());
        if (s.surface() != null && !s.surface().isBlank()) {
            v.check(surfaces.contains(s.surface()), "surface", "unknown surface; the policy defines " + surfaces);
        }
        SubjectRules.check(v, "author", s.author());
        SubmittedContent content = s.content();
        boolean hasImages = content != null && !content.images().isEmpty();
        String text = content == null ? null : content.text();
        v.check(hasImages || (text != null && !text.isBlank()), "content.text", "must not be empty");
        v.maxUtf8Bytes("content.text", text, MAX_TEXT_BYTES);
        if (content != null) {
            v.maxLength("content.language", content.language(), 35);
            v.check(content.images().size() <= MAX_IMAGES, "content.images", "at most " + MAX_IMAGES + " images");
            for (int i = 0; i < content.images().size(); i++) {
                SubmittedContent.Image image = content.images().get(i);
                checkOptionalHash(v, "content.images[" + i + "].sha256", image.sha256());
                checkOptionalHash(v, "content.images[" + i + "].pdq", image.pdq());
            }
        }
        v.throwIfAny();
    }

    /** SHA-256 and PDQ hashes alike are 64 hex digits in either case; empty means not sent. */
    private static void checkOptionalHash(Violations v, String field, String hash) {
        v.check(hash == null || hash.isEmpty() || HASH_HEX.matcher(hash).matches(), field, "must be 64 hexadecimal digits");
    }
}
