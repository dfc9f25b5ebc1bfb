package org.despatch.persist;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The application database: checks that it can be reached, installs the schema and views (idempotently), and
 * hands out entity managers and transactions. Standalone it connects by JDBC URL; on the application server it
 * uses the server's datasource (non-JTA), so the results and JBeret's job repository share one pool.
 */
public final class Database implements AutoCloseable {

    public static final String PERSISTENCE_UNIT = "despatch";
    private static final String SCHEMA = "/org/despatch/persist/schema.sql";

    /** A connection of its own, outside any pool: to install the schema, and to compact. */
    @FunctionalInterface
    private interface Connections {
        Connection get() throws SQLException;
    }

    /**
     * Connections open at once for the store's plain JDBC work, standalone, at most: opened as partitions ask and
     * closed after ten idle minutes. Each partition holds one at a time, so this bounds the partitions that never
     * wait (and stays within PostgreSQL's default of 100 connections beside EclipseLink's 32). Opening one per
     * document cost H2 a session each time (a fifth of the job JVM's time during extraction), PostgreSQL a login.
     */
    static final int POOL_SIZE = 32;
    /** H2's own default: errors only. */
    private static final int H2_DEFAULT_TRACE_LEVEL_FILE = 1;

    /** The store's plain JDBC connections: standalone a pool Despatch opens and closes, on a server the server's. */
    private final DataSource dataSource;
    private final String displayUrl;
    private final EntityManagerFactory emf;
    /**
     * A connection of its own for compacting an embedded H2 file on close, null for other databases: opened after
     * the pool is closed, as SHUTDOWN COMPACT closes the database under every other connection.
     */
    private final Connections compaction;


    private Database(DataSource dataSource, String displayUrl, EntityManagerFactory emf, Connections compaction) {
        this.dataSource = dataSource;
        this.displayUrl = displayUrl;
        this.emf = emf;
        this.compaction = compaction;
    }

    /**
     * Connects, installs the schema and opens the persistence unit.
     *
     * @throws DatabaseException with a one-line message when the database cannot be reached or set up
     */
    public static Database open(DatabaseConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", config.url());
        props.put("jakarta.persistence.jdbc.user", config.user());
        props.put("jakarta.persistence.jdbc.password", config.password());
        install(() -> connect(config), config.displayUrl(), config.isEmbeddedH2File());
        return new Database(pool(config), config.displayUrl(),
                Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, props),
                config.isEmbeddedH2File() ? () -> connect(config) : null);
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("despatch");
        c.setJdbcUrl(config.url());
        c.setUsername(config.user());
        c.setPassword(config.password());
        c.setMaximumPoolSize(POOL_SIZE);
        c.setMinimumIdle(0);
        c.setInitializationFailTimeout(-1);  // reached just before, by install(); no second connection at start
        return new HikariDataSource(c);
    }

    /**
     * Opens the database behind a container's datasource, which must not take part in JTA transactions: the
     * store commits its own transactions, as it does standalone.
     *
     * @param name the datasource's JNDI name, for messages
     * @throws DatabaseException with a one-line message when the database cannot be reached or set up
     */
    public static Database open(DataSource dataSource, String name) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        install(dataSource::getConnection, name, false);
        return new Database(dataSource, name,
                Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, props), null);
    }

    private static void install(Connections connections, String displayUrl, boolean embeddedH2) {
        try (Connection c = connections.get()) {
            if (embeddedH2) {
                EmbeddedH2.makeCommitsDurable(c);
                EmbeddedH2.sizeCache(c);
            }
            installSchema(c);
        } catch (SQLException e) {
            throw cannotUse(displayUrl, e);
        }
    }

    public static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    /**
     * Runs {@code work} with an embedded H2 file's trace file off; other databases just run it. JBeret learns
     * whether its tables exist by querying one, and on a first run H2 would keep that expected "table not found"
     * in a {@code .trace.db} beside the data, where a user takes it for a fault. The setting is the database's,
     * not the session's, and is not kept when the database closes.
     */
    public <T> T withoutTraceFile(Supplier<T> work) {
        if (!isEmbeddedH2File()) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET TRACE_LEVEL_FILE 0");
            try {
                return work.get();
            } finally {
                s.execute("SET TRACE_LEVEL_FILE " + H2_DEFAULT_TRACE_LEVEL_FILE);
            }
        } catch (SQLException e) {
            throw cannotUse(displayUrl, e);
        }
    }

    /**
     * Once JBeret has created its tables: on an H2 file this process opened, the next job instance, execution and
     * step execution take the next id even after a killed run ({@link EmbeddedH2#numberBatchRecordsWithoutGaps}).
     */
    public void numberBatchRecordsWithoutGaps() {
        if (!isEmbeddedH2File()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            EmbeddedH2.numberBatchRecordsWithoutGaps(c);
        } catch (SQLException e) {
            throw cannotUse(displayUrl, e);
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The JDBC URL without options, or the datasource's name, for messages. */
    public String displayUrl() {
        return displayUrl;
    }

    static void installSchema(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        boolean postgres = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String script = readSchema().replace("${TEXT}", postgres ? "TEXT" : "VARCHAR(1000000)")
                .replace("${CLOB}", postgres ? "TEXT" : "CLOB")
                .replace("${BINARY}", postgres ? "BYTEA" : "VARBINARY(1024)");
        try (Statement s = c.createStatement()) {
            for (String statement : script.split("\\n;\\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        StoredDuplicates.migrateKeyRows(c);
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static String readSchema() {
        try (InputStream in = Database.class.getResourceAsStream(SCHEMA)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("schema resource missing from the build: " + SCHEMA, e);
        }
    }

    public EntityManager entityManager() {
        return emf.createEntityManager();
    }

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only work with its own entity manager. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Only an H2 file this process opened has a connection of its own for compaction. */
    private boolean isEmbeddedH2File() {
        return compaction != null;
    }

    private static DatabaseException cannotUse(String displayUrl, SQLException e) {
        return new DatabaseException("cannot use database " + displayUrl + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private void compact() {
        try (Connection c = compaction.get()) {
            EmbeddedH2.compactIfSparse(c);
        } catch (SQLException e) {
            // the data is committed: a file left uncompacted costs disk space, never results
            java.util.logging.Logger.getLogger(Database.class.getName()).warning(
                    "could not compact " + displayUrl + ": " + firstLine(e.getMessage()));
        }
    }

    /** Closes the persistence unit; an embedded H2 file left mostly dead space is then compacted. */
    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
            if (dataSource instanceof HikariDataSource pool) {
                pool.close();  // the standalone pool is ours; a server's datasource is the server's
            }
            if (isEmbeddedH2File()) {
                compact();
            }
        }
    }
}
