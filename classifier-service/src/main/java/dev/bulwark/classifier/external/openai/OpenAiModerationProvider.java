package dev.bulwark.classifier.external.openai;

import com.fasterxml.jackson.core.JacksonException;
import dev.bulwark.classifier.external.MalformedAnswerException;
import dev.bulwark.classifier.external.ModerationProvider;
import dev.bulwark.classifier.openai.ModerationResponse;
import dev.bulwark.classifier.openai.ModerationResult;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Asks an OpenAI-compatible moderation API (OpenAI itself, or any server of that shape, such as one
 * serving Llama Guard) to score one text, without blocking the caller's thread.
 */
public final class OpenAiModerationProvider implements ModerationProvider {

    private final OpenAiModerationApi api;
    private final String name;
    private final String model;
    private final String authorization;

    private OpenAiModerationProvider(OpenAiModerationApi api, String name, String model, String authorization) {
        this.api = api;
        this.name = name;
        this.model = model;
        this.authorization = authorization;
    }

    /** A provider named {@code name} that asks {@code model} at {@code baseUrl}, with a bearer key if given. */
    public static OpenAiModerationProvider create(String name, URI baseUrl, String model, Optional<String> apiKey,
            Duration timeout) {
        // The caller's guard answers on time; these timeouts only free the connection of a call it gave up on.
        OpenAiModerationApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(OpenAiModerationApi.class);
        String authorization = apiKey.filter(k -> !k.isBlank()).map(k -> "Bearer " + k).orElse(null);
        return new OpenAiModerationProvider(api, name, model, authorization);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public CompletionStage<Map<String, Double>> moderate(String text) {
        return api.create(authorization, new ModerationCall(model, text))
                .onFailure(OpenAiModerationProvider::isUnreadable)
                .transform(e -> new MalformedAnswerException("moderation answer is not JSON of the expected shape", e))
                .map(OpenAiModerationProvider::scoresOf)
                .subscribeAsCompletionStage();
    }

    /** The scores of the single result; anything else is malformed. */
    static Map<String, Double> scoresOf(ModerationResponse response) {
        if (response == null || response.results() == null || response.results().size() != 1) {
            throw new MalformedAnswerException("expected exactly one result");
        }
        ModerationResult result = response.results().get(0);
        if (result == null || result.categoryScores() == null) {
            throw new MalformedAnswerException("result has no category_scores");
        }
        for (Double score : result.categoryScores().values()) {
            if (score == null || !Double.isFinite(score)) {
                throw new MalformedAnswerException("category_scores holds a value that is not a number");
            }
        }
        return result.categoryScores();
    }

    private static boolean isUnreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }
}
