package dev.bulwark.action;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs a bean's reactive work from a test as the scheduler would: on a safe duplicated Vert.x context. */
public final class OnVertxContext {

    private OnVertxContext() {}

    public static <T> T await(Vertx vertx, Supplier<Uni<T>> work) throws Exception {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> work.get().subscribe().with(result::complete, result::completeExceptionally));
        return result.get(30, TimeUnit.SECONDS);
    }
}
