package dev.bulwark.action.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Identity provider of the tests: records every call and can be told to fail, or to know no such
 * user, for one account. Tests use fresh account ids, so they never see each other's calls.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingIdentityProvider implements IdentityProvider {

    /** One call and how it ended. */
    public record Call(IdentityEffectType effect, String accountId, boolean failed) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    /** The next {@code times} calls for the account fail as an unavailable provider would. */
    public void failNext(String accountId, int times) {
        failuresLeft.put(accountId, new AtomicInteger(times));
    }

    /** The provider has no user for the account. */
    public void forget(String accountId) {
        missing.add(accountId);
    }

    public List<Call> callsFor(String accountId) {
        return calls.stream().filter(c -> c.accountId().equals(accountId)).toList();
    }

    /** The effects that reached the provider for the account, in order. */
    public List<IdentityEffectType> appliedTo(String accountId) {
        return callsFor(accountId).stream().filter(c -> !c.failed()).map(Call::effect).toList();
    }

    @Override
    public IdentityResult disable(String accountId) {
        return answer(IdentityEffectType.DISABLE, accountId);
    }

    @Override
    public IdentityResult enable(String accountId) {
        return answer(IdentityEffectType.ENABLE, accountId);
    }

    private IdentityResult answer(IdentityEffectType effect, String accountId) {
        AtomicInteger left = failuresLeft.get(accountId);
        if (left != null && left.getAndDecrement() > 0) {
            calls.add(new Call(effect, accountId, true));
            throw new IdentityProviderException("HTTP_503", null);
        }
        calls.add(new Call(effect, accountId, false));
        return missing.contains(accountId) ? IdentityResult.USER_NOT_FOUND : IdentityResult.APPLIED;
    }
}
