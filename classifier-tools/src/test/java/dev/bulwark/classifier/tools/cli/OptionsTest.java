package dev.bulwark.classifier.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static Options parse(String... args) {
        return Options.parse(args, Set.of("surface", "threads"), Set.of("grpc"));
    }

    @Test
    void shouldSeparatePositionalValuesOptionsAndFlags() {
        Options options = parse("data.jsonl", "--surface", "api", "--threads=4", "--grpc");

        assertThat(options.positional()).containsExactly("data.jsonl");
        assertThat(options.value("surface")).contains("api");
        assertThat(options.positiveInt("threads", 1)).isEqualTo(4);
        assertThat(options.flag("grpc")).isTrue();
        assertThat(options.value("missing", "fallback")).isEqualTo("fallback");
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        assertThatThrownBy(() -> parse("--surfce", "api")).isInstanceOf(UsageException.class).hasMessage("unknown option --surfce");
    }

    @Test
    void shouldRefuseAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> parse("--surface")).isInstanceOf(UsageException.class).hasMessage("option --surface needs a value");
    }

    @Test
    void shouldRefuseANumberThatIsNotPositive() {
        assertThatThrownBy(() -> parse("--threads", "0").positiveInt("threads", 1))
                .isInstanceOf(UsageException.class)
                .hasMessage("--threads must be a positive whole number, not 0");
    }
}
