package dev.bulwark.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashedNgramFeaturizerTest {

    private static final int BITS = 20;

    private static HashedNgramFeaturizer featurizer(int minN, int maxN, int maxChars) {
        return new HashedNgramFeaturizer(new FeaturizerSpec(HashedNgramFeaturizer.NAME, minN, maxN, BITS, 7, maxChars));
    }

    private static int bucketOf(String ngram) {
        byte[] bytes = ngram.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash32x86(bytes, 0, bytes.length, 7) & ((1 << BITS) - 1);
    }

    @Test
    void shouldHashEachNgramsUtf8BytesWithMurmur3() {
        SparseVector v = featurizer(1, 2, 100).featurize("ab");

        assertThat(v.size()).isEqualTo(3);
        for (String ngram : List.of("a", "b", "ab")) {
            assertThat(v.get(bucketOf(ngram))).as(ngram).isPositive();
        }
    }

    @Test
    void shouldCountCodePointsNotUtf16Units() {
        SparseVector v = featurizer(1, 2, 100).featurize("é😀");

        assertThat(v.size()).isEqualTo(3);
        for (String ngram : List.of("é", "😀", "é😀")) {
            assertThat(v.get(bucketOf(ngram))).as(ngram).isPositive();
        }
    }

    @Test
    void shouldScaleCountsLogarithmicallyToUnitLength() {
        SparseVector v = featurizer(1, 1, 100).featurize("aab");

        double a = v.get(bucketOf("a"));
        double b = v.get(bucketOf("b"));
        assertThat(a * a + b * b).isCloseTo(1.0, within(1e-12));
        assertThat(a / b).isCloseTo(1 + Math.log(2), within(1e-12));
    }

    @Test
    void shouldReadOnlyTheFirstMaxChars() {
        HashedNgramFeaturizer f = featurizer(1, 3, 10);
        String text = "0123456789 and everything after";

        SparseVector whole = f.featurize(text);
        SparseVector head = f.featurize(text.substring(0, 10));

        assertThat(whole.size()).isEqualTo(head.size());
        for (int k = 0; k < whole.size(); k++) {
            assertThat(whole.index(k)).isEqualTo(head.index(k));
            assertThat(whole.value(k)).isEqualTo(head.value(k));
        }
    }

    @Test
    void shouldNotSplitASurrogatePairAtTheLimit() {
        SparseVector v = featurizer(1, 1, 2).featurize("a😀");

        assertThat(v.size()).isEqualTo(1);
        assertThat(v.get(bucketOf("a"))).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 8, 16, 20, 30})
    void shouldListEveryBucketOnceInIncreasingOrderWhateverTheBucketWidth(int bits) {
        HashedNgramFeaturizer f = new HashedNgramFeaturizer(new FeaturizerSpec(HashedNgramFeaturizer.NAME, 1, 4, bits, 7, 5000));
        String text = "Cheap pills!!! Visit ｗｗｗ.example.com now, 50% off 😀 — only today, ónly for yoooou";
        Map<Integer, Integer> counts = new TreeMap<>();
        f.forEachNgram(text, (bucket, start, end) -> counts.merge(bucket, 1, Integer::sum));

        SparseVector v = f.featurize(text);

        assertThat(v.size()).isEqualTo(counts.size());
        int k = 0;
        for (Map.Entry<Integer, Integer> bucket : counts.entrySet()) {
            assertThat(v.index(k)).isEqualTo(bucket.getKey());
            assertThat(v.value(k) / v.value(0))
                    .isCloseTo((1 + Math.log(bucket.getValue())) / (1 + Math.log(counts.values().iterator().next())), within(1e-12));
            k++;
        }
    }

    @Test
    void shouldGiveAnEmptyVectorForEmptyText() {
        assertThat(featurizer(1, 4, 100).featurize("").size()).isZero();
    }

    @Test
    void shouldReportWhereEachNgramIs() {
        String text = "free 😀 money";
        List<String> seen = new ArrayList<>();

        featurizer(2, 3, 100).forEachNgram(text, (bucket, start, end) -> {
            String ngram = text.substring(start, end);
            assertThat(bucket).as(ngram).isEqualTo(bucketOf(ngram));
            seen.add(ngram);
        });

        assertThat(seen).contains("fr", "ee ", " 😀", "😀 ", "ney").doesNotContain("f", "free");
    }
}
