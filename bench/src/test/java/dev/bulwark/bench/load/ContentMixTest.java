package dev.bulwark.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ContentMixTest {

    @Test
    void everyStretchOfRequestsHoldsTheShares() {
        ContentMix mix = ContentMix.parse("80/15/5");

        long allow = LongStream.range(5_000, 6_000).filter(n -> mix.text(n).equals(CanonicalTexts.ALLOW)).count();
        long block = LongStream.range(5_000, 6_000).mapToObj(mix::text)
                .filter(t -> t.equals(CanonicalTexts.BLOCK_THREAT) || t.equals(CanonicalTexts.BLOCK_SPAM)).count();

        assertThat(allow).isBetween(795L, 805L);
        assertThat(block).isBetween(48L, 52L);
    }

    @Test
    void sharesMustAddUpToAHundred() {
        assertThatThrownBy(() -> ContentMix.parse("80/15")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentMix.parse("80/15/15")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySubmissionHasItsOwnKeyAndAuthor() {
        Submissions submissions = new Submissions("run1", ContentMix.parse("0/100/0"));
        Set<String> keys = new HashSet<>();
        Set<String> authors = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            SubmitRequest request = submissions.get();
            keys.add(request.getIdempotencyKey());
            authors.add(request.getAuthor().getId());
            assertThat(request.getContent().getText()).isNotEqualTo(CanonicalTexts.ALLOW);
        }
        assertThat(keys).hasSize(1_000);
        assertThat(authors).hasSize(1_000);
    }
}
