package dev.bulwark.classifier.tools;

import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.cli.UsageException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.classifier.tools.dataset.DatasetCache;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.SpamDataset;
import dev.bulwark.classifier.tools.dataset.Split;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code spam-dataset --split train|tune|test --out file.jsonl}: one split of the spam corpus as
 * evaluation input, one {@code {"id", "text", "labels"}} object a line, labels {@code ["spam"]} or empty.
 */
final class SpamDatasetCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpamDatasetCommand() {}

    static void run(Options options) throws Exception {
        Split split = split(options.value("split").orElseThrow(() -> new UsageException("missing option --split")));
        Path out = Path.of(options.value("out").orElseThrow(() -> new UsageException("missing option --out")));
        List<LabelledText> texts = SpamDataset.load(DatasetCache.fromEnvironment()).part(split);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (LabelledText text : texts) {
                ObjectNode row = JSON.createObjectNode().put("id", text.id()).put("text", text.text());
                ArrayNode labels = row.putArray("labels");
                if (text.spam()) {
                    labels.add("spam");
                }
                writer.write(JSON.writeValueAsString(row));
                writer.newLine();
            }
        }
        System.out.println(texts.size() + " " + split.name().toLowerCase(Locale.ROOT) + " texts written to " + out);
    }

    private static Split split(String name) {
        try {
            return Split.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--split must be train, tune or test");
        }
    }
}
