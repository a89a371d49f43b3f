package dev.bulwark.storagefaults;

import io.smallrye.mutiny.CompositeException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through the wrappers a failure arrives in (Hibernate's, Vert.x's, RESTEasy's, Jackson's, and
 * the several failures a Mutiny {@code CompositeException} combines) for the cause that matters.
 */
public final class Causes {

    private Causes() {}

    /** {@code failure} or the first of its causes, or of the failures it combines, that matches; each looked at once. */
    public static Optional<Throwable> find(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (matches.test(next)) {
                return Optional.of(next);
            }
            if (next instanceof CompositeException composite) {
                composite.getCauses().forEach(pending::push);
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
        }
        return Optional.empty();
    }
}
