package dev.bulwark.cases.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class ConnectionLossTest {

    @Test
    void shouldFindAClosedConnectionUnderTheWrappersHibernateAndMutinyPutAroundIt() {
        Throwable wrapped = new CompletionException(new CompositeException(
                new HibernateException(ClosedConnectionException.INSTANCE), new IllegalStateException("session closing")));

        assertThat(ConnectionLoss.isCause(wrapped)).isTrue();
    }

    @Test
    void shouldTreatAServerEndingTheConnectionAQueryOnAClosedOneAndAResetSocketAsLoss() {
        assertThat(ConnectionLoss.isCause(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null))).isTrue();
        assertThat(ConnectionLoss.isCause(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")))
                .isTrue();
        assertThat(ConnectionLoss.isCause(new CompletionException(new SocketException("Connection reset")))).isTrue();
    }

    @Test
    void shouldLeaveOtherDatabaseErrorsAlone() {
        assertThat(ConnectionLoss.isCause(new PgException("duplicate key value", "ERROR", "23505", null))).isFalse();
        assertThat(ConnectionLoss.isCause(new HibernateException("no such column"))).isFalse();
    }

    @Test
    void shouldStopAtACauseThatPointsBackAtItself() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);

        assertThat(ConnectionLoss.isCause(outer)).isFalse();
    }
}
