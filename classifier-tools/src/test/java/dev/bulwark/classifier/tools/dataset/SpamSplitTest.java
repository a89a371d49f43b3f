package dev.bulwark.classifier.tools.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.model.LinearModelArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamSplitTest {

    private static List<String> committedHeldOutIds() throws IOException {
        try (InputStream in = SpamSplitTest.class.getResourceAsStream("/spamassassin-holdout-ids.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void shouldHoldOutExactlyTheCommittedIds() throws IOException {
        SpamDataset data = TestCorpus.spam();

        assertThat(data.ids(Split.TEST)).isEqualTo(committedHeldOutIds());
    }

    @Test
    void shouldNeverTrainOrTuneOnHeldOutIds() throws IOException {
        SpamDataset data = TestCorpus.spam();
        List<String> heldOut = committedHeldOutIds();

        assertThat(data.ids(Split.TRAIN)).doesNotContainAnyElementsOf(heldOut).doesNotContainAnyElementsOf(data.ids(Split.TUNE));
        assertThat(data.ids(Split.TUNE)).doesNotContainAnyElementsOf(heldOut);
        assertThat(data.ids(Split.TRAIN).size() + data.ids(Split.TUNE).size() + heldOut.size()).isEqualTo(6046);
    }

    @Test
    void shouldShipASpamModelTrainedOnExactlyTheTrainSplit() {
        String recorded = LinearModelArtifact.readResource("models/spam").descriptor().trainingIdsSha256();

        assertThat(recorded).isEqualTo(SpamSplit.idsSha256(TestCorpus.spam().ids(Split.TRAIN)));
    }

    @Test
    void shouldDecideFromTheIdAlone() {
        assertThat(SpamSplit.of("easy-ham-1/00020.d10651e31fcb92630c6229ec773cfe26")).isEqualTo(Split.TEST);
        assertThat(SpamSplit.of("easy-ham-1/00001.7c53336b37003a9286aba55d2945844c")).isNotEqualTo(Split.TEST);
    }

    @Test
    void shouldHashIdsOnePerLine() {
        // printf 'a\nb\n' | sha256sum
        assertThat(SpamSplit.idsSha256(List.of("a", "b")))
                .isEqualTo("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2");
    }
}
