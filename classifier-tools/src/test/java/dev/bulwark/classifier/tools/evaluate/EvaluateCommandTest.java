package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.classifier.tools.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command end to end: the shipped classifier over {@code evaluate/sample.jsonl}, 13 chat messages.
 * At REVIEW it finds 2 of 3 insults (not "you absolute clown"), the threat, the scam, the spam and the
 * personal data, misses the hate row and wrongly flags the history lesson about a massacre as violence.
 */
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPS = 1e-4;
    /** Positions of the levels in the report. */
    private static final int REVIEW = 0;
    private static final int BLOCK = 1;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private String run(String... args) throws Exception {
        new EvaluateCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8)).run(args);
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private static String fixture() throws Exception {
        return Path.of(EvaluateCommandTest.class.getResource("/evaluate/sample.jsonl").toURI()).toString();
    }

    private static JsonNode category(JsonNode slice, int level, String id) {
        for (JsonNode c : slice.get("levels").get(level).get("categories")) {
            if (c.get("category").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no category " + id);
    }

    @Test
    void shouldPrintPerCategoryFiguresAsJson() throws Exception {
        JsonNode report = JSON.readTree(run(fixture(), "--format", "json"));
        JsonNode all = report.get("all");

        assertThat(report.get("surface").asText()).isEqualTo("chat");
        assertThat(all.get("rows").asLong()).isEqualTo(13);
        assertThat(all.get("levels").get(REVIEW).get("level").asText()).isEqualTo("REVIEW");

        JsonNode harassment = category(all, REVIEW, "harassment");
        assertThat(harassment.get("support").asLong()).isEqualTo(3);
        assertThat(harassment.get("predicted").asLong()).isEqualTo(2);
        assertThat(harassment.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(harassment.get("recall").asDouble()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(harassment.get("recallInterval").get("lower").asDouble()).isCloseTo(0.2077, within(EPS));
        assertThat(harassment.get("recallInterval").get("upper").asDouble()).isCloseTo(0.9385, within(EPS));
        assertThat(harassment.get("f1").asDouble()).isCloseTo(0.8, within(EPS));

        JsonNode violence = category(all, REVIEW, "violence");
        assertThat(violence.get("precision").asDouble()).isEqualTo(0.5);
        assertThat(violence.get("falsePositiveRate").asDouble()).isCloseTo(1.0 / 12, within(EPS));

        JsonNode hate = category(all, REVIEW, "hate");
        assertThat(hate.get("precision").isNull()).isTrue();
        assertThat(hate.get("recall").asDouble()).isZero();
        assertThat(hate.get("f1").asDouble()).isZero();

        JsonNode sexual = category(all, REVIEW, "sexual");
        assertThat(sexual.get("precision").isNull()).isTrue();
        assertThat(sexual.get("recall").isNull()).isTrue();
        assertThat(sexual.get("f1").isNull()).isTrue();

        JsonNode review = all.get("levels").get(REVIEW).get("averages");
        assertThat(review.get("categories").asInt()).isEqualTo(7);
        assertThat(review.get("macroPrecision").asDouble()).isCloseTo(5.5 / 6, within(EPS));
        assertThat(review.get("macroRecall").asDouble()).isCloseTo((2.0 / 3 + 5) / 7, within(EPS));
        assertThat(review.get("micro").get("recall").asDouble()).isCloseTo(7.0 / 9, within(EPS));
    }

    @Test
    void shouldCountOnlyScoresThatReachTheBlockThresholdAtBlock() throws Exception {
        JsonNode all = JSON.readTree(run(fixture(), "--format", "json")).get("all");

        assertThat(category(all, BLOCK, "harassment").get("recall").asDouble()).isZero();
        assertThat(category(all, BLOCK, "harassment/threatening").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(category(all, BLOCK, "pii").get("recall").asDouble()).isZero();
        assertThat(all.get("levels").get(BLOCK).get("averages").get("macroRecall").asDouble()).isCloseTo(3.0 / 7, within(EPS));
    }

    @Test
    void shouldSliceTheFiguresByVariant() throws Exception {
        JsonNode variants = JSON.readTree(run(fixture(), "--format", "json")).get("variants");

        List<String> names = new ArrayList<>();
        variants.forEach(v -> names.add(v.get("name").asText() + "=" + v.get("rows").asLong()));
        assertThat(names).containsExactly("plain=11", "leet=2");
        assertThat(category(variants.get(0), REVIEW, "harassment").get("recall").asDouble()).isEqualTo(0.5);
        assertThat(category(variants.get(1), REVIEW, "harassment").get("recall").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldPrintATableAndWriteTheJsonFile() throws Exception {
        Path json = tmp.resolve("report.json");

        String table = run(fixture(), "--json", json.toString());

        assertThat(table).contains("Evaluated 13 rows: policy ", "All rows at REVIEW thresholds",
                "All rows at BLOCK thresholds", "Per variant", "Variant leet (2 rows) at BLOCK thresholds");
        assertThat(table.lines().filter(l -> l.startsWith("sexual/minors ")).findFirst().orElseThrow())
                .matches("sexual/minors +0 +0 +n/a +n/a +n/a +n/a +n/a +0\\.000");
        assertThat(table.lines().filter(l -> l.startsWith("harassment ")).findFirst().orElseThrow())
                .matches("harassment +3 +2 +1\\.000 +\\[0\\.342, 1\\.000] +0\\.667 +\\[0\\.208, 0\\.939] +0\\.800 +0\\.000");
        assertThat(JSON.readTree(json.toFile()).get("all").get("rows").asLong()).isEqualTo(13);
    }

    @Test
    void shouldNameTheLineOfAMalformedRow() throws Exception {
        Path file = tmp.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"hello\", \"labels\": []}\n{\"text\": \"hi\", \"labels\": [\"insult\"]}\n");

        assertThatThrownBy(() -> run(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("line 2: unknown category \"insult\" in labels");
    }

    @Test
    void shouldRefuseAnUnknownSurface() {
        assertThatThrownBy(() -> run(fixture(), "--surface", "forum"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown surface forum; the policy defines [chat, profile, api]");
    }

    @Test
    void shouldRefuseAMissingFile() {
        assertThatThrownBy(() -> run(tmp.resolve("missing.jsonl").toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("no such file: ");
    }
}
