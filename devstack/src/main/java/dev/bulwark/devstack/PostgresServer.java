package dev.bulwark.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL server for Bulwark's databases: the one named by {@code BULWARK_POSTGRES_HOST}
 * (with {@code BULWARK_POSTGRES_PORT}, {@code _USER}, {@code _PASSWORD}) when set, otherwise an
 * embedded PostgreSQL started from Maven artifacts.
 */
public final class PostgresServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** Connects to the configured server, or starts an embedded one on the given port (0: any). */
    public static PostgresServer startOrConnect(int embeddedPort) {
        String host = System.getenv("BULWARK_POSTGRES_HOST");
        if (host != null && !host.isBlank()) {
            return new PostgresServer(
                    host,
                    Integer.parseInt(env("BULWARK_POSTGRES_PORT", "5432")),
                    env("BULWARK_POSTGRES_USER", "postgres"),
                    env("BULWARK_POSTGRES_PASSWORD", ""),
                    null);
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(embeddedPort == 0 ? FreePort.find() : embeddedPort)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .start();
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Creates the database if it does not exist; with {@code fresh}, drops it first. */
    public void ensureDatabase(String name, boolean fresh) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A JDBC connection to one database of this server, e.g. for a test to count what a service stored. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The Quarkus datasource properties that point a service at one database of this server. */
    public Map<String, String> datasourceConfig(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
