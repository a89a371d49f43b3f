package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledTextReaderTest {

    private final LabelledTextReader reader = new LabelledTextReader(List.of("harassment", "spam", "harassment/threatening"));

    private List<LabelledText> read(String content) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        reader.read(new BufferedReader(new StringReader(content)), rows::add);
        return rows;
    }

    @Test
    void shouldReadRowsWithTheirLineNumbersAndSkipBlankLines() throws IOException {
        List<LabelledText> rows = read("""
                {"text": "win a prize", "labels": ["spam"], "variant": "plain", "id": 7, "source": "ignored"}

                {"text": "hello there", "labels": []}
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new LabelledText(1, "7", "win a prize", Set.of("spam"), "plain"));
        assertThat(rows.get(1)).isEqualTo(new LabelledText(3, null, "hello there", Set.of(), null));
    }

    @Test
    void shouldHandEachRowOnBeforeReadingTheNext() {
        List<String> seen = new ArrayList<>();
        String content = "{\"text\": \"a\", \"labels\": []}\n{\"text\": \"b\", \"labels\": [\"nope\"]}\n";

        assertThatThrownBy(() -> reader.read(new BufferedReader(new StringReader(content)), row -> seen.add(row.text())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(seen).containsExactly("a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": \"a\", \"labels\": [] | line 2: not valid JSON (column 27)",
        "[\"a\"] | line 2: not a JSON object",
        "{\"labels\": []} | line 2: \"text\" must be a string",
        "{\"text\": 5, \"labels\": []} | line 2: \"text\" must be a string",
        "{\"text\": \"  \", \"labels\": []} | line 2: \"text\" is empty",
        "{\"text\": \"a\"} | line 2: \"labels\" must be an array of category ids ([] for a clean text)",
        "{\"text\": \"a\", \"labels\": \"spam\"} | line 2: \"labels\" must be an array of category ids ([] for a clean text)",
        "{\"text\": \"a\", \"labels\": [1]} | line 2: \"labels\" must hold strings only",
        "{\"text\": \"a\", \"labels\": [], \"variant\": 3} | line 2: \"variant\" must be a non-empty string",
        "{\"text\": \"a\", \"labels\": [], \"id\": {}} | line 2: \"id\" must be a string or a whole number",
        "{\"text\": \"a\", \"labels\": []} {} | line 2: not valid JSON (column 29)"
    })
    void shouldNameTheLineAndTheFaultOfAMalformedRow(String badLine, String message) {
        String content = "{\"text\": \"fine\", \"labels\": []}\n" + badLine + "\n";

        assertThatThrownBy(() -> read(content)).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void shouldRefuseAnUnknownCategoryAndListTheKnownOnes() {
        assertThatThrownBy(() -> read("{\"text\": \"a\", \"labels\": [\"harrasment\"]}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("line 1: unknown category \"harrasment\" in labels; the policy's categories are "
                        + "[harassment, harassment/threatening, spam]");
    }

    @Test
    void shouldNeverQuoteTheTextInAMessage() {
        assertThatThrownBy(() -> read("{\"text\": \"secret words\", \"labels\": [\"secret\"], oops}"))
                .isInstanceOf(InvalidInputException.class)
                .message().doesNotContain("secret");
    }
}
