package dev.bulwark.policy;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a policy document (YAML, kebab-case keys) and refuses it unless it is valid. */
public final class PolicyLoader {

    /** Classpath location of the policy shipped with Bulwark. */
    public static final String BUNDLED_POLICY = "policies/usage-policy.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A reviewer reads the first of two equal keys while parsing would keep the last.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "- ~" in a list or "spam: ~" in a map is an author's mistake, not an entry to skip later.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    private PolicyLoader() {}

    public static UsagePolicy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy " + file, e);
        }
    }

    public static UsagePolicy loadBundled() {
        try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(BUNDLED_POLICY)) {
            if (in == null) {
                throw new IllegalStateException("bundled policy missing: " + BUNDLED_POLICY);
            }
            return load(in, "classpath:" + BUNDLED_POLICY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates; throws {@link InvalidPolicyException} with every violation found. */
    public static UsagePolicy load(InputStream in, String source) {
        UsagePolicy policy;
        try {
            policy = YAML.readValue(in, UsagePolicy.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPolicyException(List.of(new PolicyViolation(source, pathOf(e),
                    "unknown field '" + e.getPropertyName() + "'")));
        } catch (JsonMappingException e) {
            String message = isMissingNumber(e) ? "is required"
                    : e instanceof InvalidNullException ? "must not be empty" : e.getOriginalMessage();
            throw new InvalidPolicyException(List.of(new PolicyViolation(source, pathOf(e), message)));
        } catch (IOException e) {
            throw new InvalidPolicyException(List.of(new PolicyViolation(source, "$", e.getMessage())));
        }
        if (policy == null) {
            // A document of only "~" or "null" parses to no policy at all.
            throw new InvalidPolicyException(List.of(new PolicyViolation(source, "$", "the document is empty")));
        }
        List<PolicyViolation> violations = new PolicyValidator(source).validate(policy);
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }
        return policy;
    }

    /** Jackson reports an absent number as a null that cannot become an int: authors left it out. */
    private static boolean isMissingNumber(JsonMappingException e) {
        return e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isPrimitive();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("", "$", ""));
    }
}
