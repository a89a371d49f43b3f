package dev.bulwark.classifier.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryMappingTest {

    @Test
    void shouldKeepCategoriesNamedLikeBulwarksAndDropNoise() {
        CategoryMapping mapping = new CategoryMapping(Map.of(), 0.01);

        List<Signal> signals = mapping.signals("openai", Map.of("harassment", 0.82, "self-harm/intent", 0.3, "sexual", 0.000002));

        assertThat(signals).containsExactly(
                new Signal("external:openai:harassment", "harassment", 0.82, List.of()),
                new Signal("external:openai:self-harm/intent", "self-harm/intent", 0.3, List.of()));
    }

    @Test
    void shouldMapAProvidersOwnCategoryNames() {
        CategoryMapping mapping = new CategoryMapping(Map.of("S1", "violence", "S10", "hate"), 0.01);

        List<Signal> signals = mapping.signals("llama-guard", Map.of("S1", 0.9, "S10", 0.4));

        assertThat(signals).extracting(Signal::id, Signal::category).containsExactly(
                tuple("external:llama-guard:S1", "violence"),
                tuple("external:llama-guard:S10", "hate"));
    }

    @Test
    void shouldClampScoresOutsideTheUnitInterval() {
        CategoryMapping mapping = new CategoryMapping(Map.of(), 0.0);

        List<Signal> signals = mapping.signals("p", Map.of("violence", 1.7, "hate", -0.2, "sexual", 0.0));

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo("violence");
            assertThat(s.weight()).isEqualTo(1.0);
        });
    }
}
