package dev.bulwark.storagefaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class StorageUnavailableTest {

    @Test
    void shouldFindAClosedConnectionUnderTheWrappersHibernateAndMutinyPutAroundIt() {
        Throwable wrapped = new CompletionException(new CompositeException(
                new IllegalStateException("session", ClosedConnectionException.INSTANCE), new IllegalStateException("session closing")));

        assertThat(StorageUnavailable.is(wrapped)).isTrue();
    }

    @Test
    void shouldTreatAServerEndingTheConnectionAQueryOnAClosedOneAndAResetSocketAsUnavailable() {
        assertThat(StorageUnavailable.is(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null))).isTrue();
        assertThat(StorageUnavailable.is(new PgException("the database system is starting up", "FATAL", "57P03", null))).isTrue();
        assertThat(StorageUnavailable.is(new PgException("connection failure", "FATAL", "08006", null))).isTrue();
        assertThat(StorageUnavailable.is(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")))
                .isTrue();
        assertThat(StorageUnavailable.is(new CompletionException(new SocketException("Connection reset")))).isTrue();
        assertThat(StorageUnavailable.is(new ConnectException("Connection refused"))).isTrue();
    }

    @Test
    void shouldTreatNoPooledConnectionInTimeAsUnavailable() {
        assertThat(StorageUnavailable.is(new RuntimeException(new NoStackTraceThrowable("Timeout")))).isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        assertThat(StorageUnavailable.is(new PgException("duplicate key value", "ERROR", "23505", null))).isFalse();
        assertThat(StorageUnavailable.is(new PgException("canceling statement due to statement timeout", "ERROR", "57014", null)))
                .isFalse();
        assertThat(StorageUnavailable.is(new IllegalStateException("no such column"))).isFalse();
        assertThat(StorageUnavailable.is(new IllegalStateException("Timeout"))).isFalse();
    }

    @Test
    void shouldStopAtACauseThatPointsBackAtItself() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);

        assertThat(StorageUnavailable.is(outer)).isFalse();
    }

    @Test
    void shouldAnswerUnavailableWithWhenToRetryAndTheServicesDomain() throws Exception {
        Status status = StorageUnavailable.grpcStatus("cases.bulwark.dev");

        assertThat(status.getCode()).isEqualTo(Code.UNAVAILABLE_VALUE);
        assertThat(status.getDetails(0).unpack(RetryInfo.class).getRetryDelay().getSeconds()).isEqualTo(1);
        ErrorInfo info = status.getDetails(1).unpack(ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(info.getDomain()).isEqualTo("cases.bulwark.dev");
    }
}
