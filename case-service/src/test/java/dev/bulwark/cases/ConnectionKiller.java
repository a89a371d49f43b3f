package dev.bulwark.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Terminates every other connection to case-service's database, again and again until closed, through
 * a connection of its own: the fault of a database restart, failover or idle-connection reaper.
 */
final class ConnectionKiller implements AutoCloseable {

    private static final String TERMINATE_OTHERS = """
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            """;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Long> terminated;

    private ConnectionKiller(Duration every) {
        terminated = thread.submit(() -> killUntilClosed(every));
    }

    static ConnectionKiller every(Duration every) {
        return new ConnectionKiller(every);
    }

    /** A new JDBC connection to case-service's database, outside every pool the service or the killer uses. */
    static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Stops killing; answers how many connections were terminated. */
    long stop() throws Exception {
        running.set(false);
        try {
            return terminated.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    @Override
    public void close() throws Exception {
        if (running.get()) {
            stop();
        }
    }

    private long killUntilClosed(Duration every) throws SQLException, InterruptedException {
        long count = 0;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            while (running.get()) {
                try (ResultSet row = statement.executeQuery(TERMINATE_OTHERS)) {
                    row.next();
                    count += row.getLong(1);
                }
                Thread.sleep(every.toMillis());
            }
        }
        return count;
    }
}
