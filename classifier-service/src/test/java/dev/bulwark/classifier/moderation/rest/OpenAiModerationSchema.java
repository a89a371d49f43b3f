package dev.bulwark.classifier.moderation.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * OpenAI's documented moderation response, written down independently of Bulwark's own types, as a
 * client library would: every documented field is required, extra fields are tolerated.
 */
final class OpenAiModerationSchema {

    /** Reads strictly: a missing field or a null where a boolean or number belongs fails. */
    static final ObjectMapper CLIENT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private OpenAiModerationSchema() {}

    record CreateModerationResponse(String id, String model, List<Result> results) {}

    record Result(
            boolean flagged,
            Categories categories,
            @JsonProperty("category_scores") CategoryScores categoryScores,
            @JsonProperty("category_applied_input_types") AppliedInputTypes categoryAppliedInputTypes) {}

    record Categories(
            boolean harassment,
            @JsonProperty("harassment/threatening") boolean harassmentThreatening,
            boolean hate,
            @JsonProperty("hate/threatening") boolean hateThreatening,
            boolean illicit,
            @JsonProperty("illicit/violent") boolean illicitViolent,
            @JsonProperty("self-harm") boolean selfHarm,
            @JsonProperty("self-harm/intent") boolean selfHarmIntent,
            @JsonProperty("self-harm/instructions") boolean selfHarmInstructions,
            boolean sexual,
            @JsonProperty("sexual/minors") boolean sexualMinors,
            boolean violence,
            @JsonProperty("violence/graphic") boolean violenceGraphic) {}

    record CategoryScores(
            double harassment,
            @JsonProperty("harassment/threatening") double harassmentThreatening,
            double hate,
            @JsonProperty("hate/threatening") double hateThreatening,
            double illicit,
            @JsonProperty("illicit/violent") double illicitViolent,
            @JsonProperty("self-harm") double selfHarm,
            @JsonProperty("self-harm/intent") double selfHarmIntent,
            @JsonProperty("self-harm/instructions") double selfHarmInstructions,
            double sexual,
            @JsonProperty("sexual/minors") double sexualMinors,
            double violence,
            @JsonProperty("violence/graphic") double violenceGraphic) {}

    record AppliedInputTypes(
            List<String> harassment,
            @JsonProperty("harassment/threatening") List<String> harassmentThreatening,
            List<String> hate,
            @JsonProperty("hate/threatening") List<String> hateThreatening,
            List<String> illicit,
            @JsonProperty("illicit/violent") List<String> illicitViolent,
            @JsonProperty("self-harm") List<String> selfHarm,
            @JsonProperty("self-harm/intent") List<String> selfHarmIntent,
            @JsonProperty("self-harm/instructions") List<String> selfHarmInstructions,
            List<String> sexual,
            @JsonProperty("sexual/minors") List<String> sexualMinors,
            List<String> violence,
            @JsonProperty("violence/graphic") List<String> violenceGraphic) {}
}
