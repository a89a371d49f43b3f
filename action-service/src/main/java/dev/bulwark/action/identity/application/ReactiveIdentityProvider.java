package dev.bulwark.action.identity.application;

import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.identity.IdentityProvider;
import dev.bulwark.action.identity.IdentityResult;
import dev.bulwark.action.identity.provider.IdentityConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Runs the blocking {@link IdentityProvider} on a worker thread and hands the answer back on the
 * caller's Vert.x context, where the caller's reactive session lives.
 */
@ApplicationScoped
public class ReactiveIdentityProvider {

    private final IdentityProvider provider;
    private final Duration timeout;

    public ReactiveIdentityProvider(IdentityProvider provider, IdentityConfig config) {
        this.provider = provider;
        this.timeout = config.callTimeout();
    }

    /** Fails with {@code IdentityProviderException} or a timeout when the provider does not answer well. */
    public Uni<IdentityResult> apply(IdentityEffectType effect, String accountId) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<IdentityResult> call = Uni.createFrom()
                    .item(() -> effect == IdentityEffectType.DISABLE
                            ? provider.disable(accountId)
                            : provider.enable(accountId))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .ifNoItem().after(timeout).fail();
            return caller == null ? call : call.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }
}
