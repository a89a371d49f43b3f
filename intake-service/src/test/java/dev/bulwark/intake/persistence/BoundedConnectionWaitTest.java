package dev.bulwark.intake.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a real PostgreSQL: a call that finds the pool exhausted gives up after the bound, and is recognised as storage unavailable. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BoundedConnectionWaitTest {

    private static PostgresServer postgres;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.startOrConnect(0);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
        postgres.close();
    }

    @Test
    void shouldGiveUpWaitingForAConnectionAfterTheBound() throws Exception {
        Pool pool = new BoundedConnectionWait(Duration.ofMillis(1500)).create(input(new PoolOptions().setMaxSize(1)));
        SqlConnection held = pool.getConnection().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            long start = System.nanoTime();
            CompletableFuture<SqlConnection> waiting = pool.getConnection().toCompletionStage().toCompletableFuture();

            Throwable failure = failureOf(waiting);

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("gave up after the bound, not the 30 s default")
                    .isBetween(1_400L, 20_000L);
            assertThat(StorageUnavailable.is(failure)).as(failure.toString()).isTrue();
        } finally {
            held.close();
            pool.close();
        }
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the second connection was handed out from a pool of one");
    }

    private static PgPoolCreator.Input input(PoolOptions options) {
        PgConnectOptions connect = PgConnectOptions.fromUri(postgres.reactiveUrl("postgres")).setUser("postgres");
        return new PgPoolCreator.Input() {
            @Override
            public Vertx vertx() {
                return vertx;
            }

            @Override
            public PoolOptions poolOptions() {
                return options;
            }

            @Override
            public List<PgConnectOptions> pgConnectOptionsList() {
                return List.of(connect);
            }
        };
    }
}
