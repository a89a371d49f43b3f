package dev.bulwark.restproblems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof NulCharacterException nul) {
                return Optional.of(nul);
            }
            if (next instanceof InJson json) {
                return Optional.of(new NulCharacterException(List.of(json.field())));
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
        }
        return Optional.empty();
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
