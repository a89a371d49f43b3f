package dev.bulwark.intake.persistence;

import dev.bulwark.intake.config.IntakeConfig;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reactive pool Hibernate Reactive uses, with a bounded wait for a free connection. The client's
 * default wait is 30 s, far past any caller's deadline: under a saturated database, calls would pile up
 * holding the replica's in-flight slots long after their callers gave up. Past the bound the call fails
 * with the pool's timeout, which intake answers as UNAVAILABLE.
 */
@Singleton
public class BoundedConnectionWait implements PgPoolCreator {

    private final Duration wait;

    @Inject
    public BoundedConnectionWait(IntakeConfig config) {
        this(config.connectionWait());
    }

    BoundedConnectionWait(Duration wait) {
        this.wait = wait;
    }

    @Override
    public Pool create(Input input) {
        input.poolOptions()
                .setConnectionTimeout((int) wait.toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return PgBuilder.pool()
                .with(input.poolOptions())
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
