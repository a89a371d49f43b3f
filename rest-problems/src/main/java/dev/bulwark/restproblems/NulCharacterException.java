package dev.bulwark.restproblems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.bulwark.storagefaults.Causes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A NUL character (U+0000) in a REST request: in a JSON body, a path or a query parameter. The
 * services answer it 400 with a problem naming each field or parameter, since their storage cannot
 * hold the character (see {@code NulCharacters}).
 */
public final class NulCharacterException extends RuntimeException {

    private final List<String> fields;

    public NulCharacterException(List<String> fields) {
        super("NUL character in " + fields);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }

    /** The refusal within {@code failure}, however Jackson or RESTEasy wrapped it; empty for any other failure. */
    public static Optional<NulCharacterException> within(Throwable failure) {
        return Causes.find(failure, cause -> cause instanceof NulCharacterException || cause instanceof InJson)
                .map(cause -> cause instanceof InJson json ? new NulCharacterException(List.of(json.field())) : (NulCharacterException) cause);
    }

    /** Thrown while a JSON body is read; Jackson fills in where, as it does for its own mapping errors. */
    static final class InJson extends JsonMappingException {

        InJson(JsonParser parser) {
            super(parser, "NUL character in a string");
        }

        /** The field as the services name fields in problems: {@code text}, {@code items[0].text}. */
        String field() {
            return getPath().stream()
                    .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
    }
}
