package dev.bulwark.classifier.moderation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bulwark.classifier.rest.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FieldViolation> violations = new ArrayList<>();

    private List<String> read(String json) throws Exception {
        return InputReader.texts(JSON.readTree(json), violations);
    }

    private List<String> fields() {
        return violations.stream().map(FieldViolation::field).toList();
    }

    @Test
    void shouldReadAStringAsOneText() throws Exception {
        assertThat(read("\"hello\"")).containsExactly("hello");
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldReadEachStringOfAnArrayInOrder() throws Exception {
        assertThat(read("[\"one\", \"two\", \" \"]")).containsExactly("one", "two", " ");
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldJoinTextContentPartsIntoOneText() throws Exception {
        assertThat(read("[{\"type\":\"text\",\"text\":\"first\"},{\"type\":\"text\",\"text\":\"second\"}]"))
                .containsExactly("first\nsecond");
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldRefuseImagePartsNamingThePart() throws Exception {
        read("[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/y.png\"}}]");

        assertThat(fields()).containsExactly("input[1].type");
        assertThat(violations.get(0).description()).contains("image");
    }

    @Test
    void shouldRefuseMalformedContentParts() throws Exception {
        read("[{\"type\":\"audio\"},{\"type\":\"text\",\"text\":5},{\"type\":\"text\",\"text\":\"\"}]");

        assertThat(fields()).containsExactly("input[0].type", "input[1].text", "input[2].text");
    }

    @Test
    void shouldRefuseEmptyTextsNamingEachOne() throws Exception {
        read("[\"fine\", \"\", \"\"]");

        assertThat(fields()).containsExactly("input[1]", "input[2]");
        violations.clear();
        read("\"\"");
        assertThat(fields()).containsExactly("input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "5", "{\"text\":\"x\"}", "[\"a\", 1]", "[[\"a\"]]", "[]", "true"})
    void shouldRefuseEveryOtherShapeOfInput(String json) throws Exception {
        read(json);

        assertThat(fields()).containsExactly("input");
    }

    @Test
    void shouldRefuseAMissingInput() {
        InputReader.texts(null, violations);

        assertThat(violations).containsExactly(new FieldViolation("input", "is required"));
    }

    @Test
    void shouldRefuseMoreThanTheMostItems() {
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i <= InputReader.MAX_ITEMS; i++) {
            many.add("text " + i);
        }
        InputReader.texts(many, violations);

        assertThat(fields()).containsExactly("input");
        assertThat(violations.get(0).description()).contains(String.valueOf(InputReader.MAX_ITEMS));
    }

    @Test
    void shouldCountBytesOfUtf8AcrossAllTexts() {
        String half = "é".repeat(InputReader.MAX_TOTAL_BYTES / 4);
        JsonNode atLimit = JSON.createArrayNode().add(half).add(half);
        assertThat(InputReader.texts(atLimit, violations)).hasSize(2);
        assertThat(violations).isEmpty();

        InputReader.texts(new TextNode("é".repeat(InputReader.MAX_TOTAL_BYTES / 2) + "x"), violations);
        assertThat(fields()).containsExactly("input");
    }

    @Test
    void shouldNeverRepeatWhatWasSent() throws Exception {
        read("[\"secret-one\", \"\", {\"type\":\"secret-two\"}]");
        read("[{\"type\":\"secret-three\"}]");

        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v.toString()).doesNotContain("secret"));
    }
}
