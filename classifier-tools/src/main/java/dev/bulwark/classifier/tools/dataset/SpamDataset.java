package dev.bulwark.classifier.tools.dataset;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The spam corpus as labelled texts, divided into the fixed {@link SpamSplit} parts, each ordered by id. */
public final class SpamDataset {

    private final Map<Split, List<LabelledText>> parts;

    private SpamDataset(Map<Split, List<LabelledText>> parts) {
        this.parts = parts;
    }

    public static SpamDataset load(DatasetCache cache) throws IOException, InterruptedException {
        return of(SpamAssassinCorpus.load(cache));
    }

    public static SpamDataset of(List<CorpusMessage> messages) {
        return new SpamDataset(messages.stream()
                .sorted(Comparator.comparing(CorpusMessage::id))
                .toList()
                .parallelStream()
                .map(m -> new LabelledText(m.id(), EmailText.of(m.email()), m.spam()))
                .collect(Collectors.groupingBy(t -> SpamSplit.of(t.id()), () -> new EnumMap<>(Split.class), Collectors.toList())));
    }

    public List<LabelledText> part(Split split) {
        return parts.getOrDefault(split, List.of());
    }

    public List<String> ids(Split split) {
        return part(split).stream().map(LabelledText::id).toList();
    }
}
