package org.despatch.persist;

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

/**
 * The application database: checks that it can be reached, installs the schema and views (idempotently), and
 * hands out entity managers and transactions.
 */
public final class Database implements AutoCloseable {

    public static final String PERSISTENCE_UNIT = "despatch";
    private static final String SCHEMA = "/org/despatch/persist/schema.sql";

    private final DatabaseConfig config;
    private final EntityManagerFactory emf;

    private Database(DatabaseConfig config, EntityManagerFactory emf) {
        this.config = config;
        this.emf = emf;
    }

    /**
     * Connects, installs the schema and opens the persistence unit.
     *
     * @throws DatabaseException with a one-line message when the database cannot be reached or set up
     */
    public static Database open(DatabaseConfig config) {
        try (Connection c = connect(config)) {
            installSchema(c);
        } catch (SQLException e) {
            throw new DatabaseException("cannot use database " + config.displayUrl() + ": "
                    + firstLine(e.getMessage()), e);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", config.url());
        props.put("jakarta.persistence.jdbc.user", config.user());
        props.put("jakarta.persistence.jdbc.password", config.password());
        return new Database(config, Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, props));
    }

    public static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    public Connection connection() throws SQLException {
        return connect(config);
    }

    public DatabaseConfig config() {
        return config;
    }

    static void installSchema(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        boolean postgres = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String script = readSchema().replace("${TEXT}", postgres ? "TEXT" : "VARCHAR(1000000)")
                .replace("${CLOB}", postgres ? "TEXT" : "CLOB");
        try (Statement s = c.createStatement()) {
            for (String statement : script.split("\\n;\\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
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

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
