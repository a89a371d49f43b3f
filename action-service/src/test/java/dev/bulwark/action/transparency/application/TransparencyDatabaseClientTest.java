package dev.bulwark.action.transparency.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.transparency.BatchAnswer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransparencyDatabaseClientTest {

    @Test
    void createdOnlyOn201() {
        assertThat(TransparencyDatabaseClient.answer(201, "{}")).isInstanceOf(BatchAnswer.Created.class);
        assertThat(TransparencyDatabaseClient.answer(200, "{}")).isEqualTo(new BatchAnswer.Unavailable("HTTP_200"));
    }

    @Test
    void validationErrorsAreIndexedByPosition() {
        String body = """
                {"errors": {
                  "statement_0": {"decision_ground": ["The selected decision ground is invalid."],
                                  "category": ["The category field is required."]},
                  "statement_2": {"puid": ["The puid format is invalid."]}}}""";

        assertThat(TransparencyDatabaseClient.answer(422, body)).isEqualTo(new BatchAnswer.Refused(Map.of(
                0, "category: The category field is required.; decision_ground: The selected decision ground is invalid.",
                2, "puid: The puid format is invalid."), Set.of()));
    }

    @Test
    void existingPuidsAreReported() {
        String body = """
                {"message": "The platform identifier(s) are not all unique within this call.",
                 "errors": {"puid": ["The platform identifier(s) are not all unique within this call."],
                            "existing_puids": ["bulwark-1", "bulwark-2"]}}""";

        assertThat(TransparencyDatabaseClient.answer(422, body))
                .isEqualTo(new BatchAnswer.Refused(Map.of(), Set.of("bulwark-1", "bulwark-2")));
    }

    @Test
    void failuresNamingNoStatementConcernTheWholeBatch() {
        assertThat(TransparencyDatabaseClient.answer(422, "{\"errors\": {\"statements\": [\"too many\"]}}"))
                .isEqualTo(new BatchAnswer.Unavailable("HTTP_422"));
        assertThat(TransparencyDatabaseClient.answer(422, "<html>")).isEqualTo(new BatchAnswer.Unavailable("HTTP_422"));
        assertThat(TransparencyDatabaseClient.answer(401, "")).isEqualTo(new BatchAnswer.Unavailable("HTTP_401"));
        assertThat(TransparencyDatabaseClient.answer(503, null)).isEqualTo(new BatchAnswer.Unavailable("HTTP_503"));
    }
}
