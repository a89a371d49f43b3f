package dev.bulwark.action.transparency;

import java.util.Map;
import java.util.Set;

/** How the Transparency Database answered one batch of statements. */
public sealed interface BatchAnswer {

    /** {@code 201 Created}: every statement of the batch is in the database. */
    record Created() implements BatchAnswer {}

    /**
     * {@code 422} naming statements: none of the batch was created. The API indexes validation errors by
     * position ({@code statement_<n>}) and lists the puids it already holds ({@code existing_puids}).
     *
     * @param errors error text by position in the batch
     * @param existingPuids puids the database already holds: an earlier attempt did reach it
     */
    record Refused(Map<Integer, String> errors, Set<String> existingPuids) implements BatchAnswer {

        public Refused {
            errors = Map.copyOf(errors);
            existingPuids = Set.copyOf(existingPuids);
        }
    }

    /**
     * The batch was not taken and no statement is to blame: a 5xx, a timeout, an unreachable endpoint,
     * a refused token or another 4xx. Worth trying again later.
     *
     * @param code an UPPER_SNAKE code such as {@code HTTP_503} or {@code TIMEOUT}
     */
    record Unavailable(String code) implements BatchAnswer {}
}
