package org.despatch.persist;

import java.nio.file.Path;

/**
 * Where the database is. The embedded H2 file database is the default; any JDBC URL whose driver is on the
 * class path works (H2 and PostgreSQL are tested).
 *
 * @param url      JDBC URL
 * @param user     user name
 * @param password password (never stored in job parameters)
 */
public record DatabaseConfig(String url, String user, String password) {

    /** The embedded default: {@code ./data/despatch.mv.db}. WRITE_DELAY=0 so a commit is on disk when it returns. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/despatch;WRITE_DELAY=0";
    public static final String DEFAULT_USER = "sa";
    public static final String DEFAULT_PASSWORD = "";

    /** System property, then environment variable, naming the JDBC URL. */
    public static final String URL_PROPERTY = "despatch.db.url";
    public static final String USER_PROPERTY = "despatch.db.user";
    public static final String PASSWORD_PROPERTY = "despatch.db.password";

    public DatabaseConfig {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL (it must start with 'jdbc:'): " + url);
        }
        url = ownClose(url);
        user = user == null ? DEFAULT_USER : user;
        password = password == null ? DEFAULT_PASSWORD : password;
    }

    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, setting(USER_PROPERTY, DEFAULT_USER), setting(PASSWORD_PROPERTY,
                DEFAULT_PASSWORD));
    }

    /** From system properties or environment (DESPATCH_DB_URL, DESPATCH_DB_USER, DESPATCH_DB_PASSWORD). */
    public static DatabaseConfig fromEnvironment() {
        return of(setting(URL_PROPERTY, DEFAULT_URL));
    }

    /** An H2 file database at the given path (without the .mv.db suffix). */
    public static DatabaseConfig h2File(Path base) {
        return new DatabaseConfig("jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0", DEFAULT_USER,
                DEFAULT_PASSWORD);
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null ? fallback : value;
    }

    /** An H2 database in a local file, opened in this process (not a server, not in memory). */
    public boolean isEmbeddedH2File() {
        return isEmbeddedH2File(url);
    }

    private static boolean isEmbeddedH2File(String url) {
        String rest = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()) : null;
        return rest != null && !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE");
    }

    /**
     * The file an embedded H2 database keeps its data in ({@code ./data/despatch.mv.db} for the default URL), or
     * null for any other database.
     */
    public java.nio.file.Path h2DataFile() {
        if (!isEmbeddedH2File()) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int semicolon = rest.indexOf(';');
        String base = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (base.startsWith("~")) {
            base = System.getProperty("user.home") + base.substring(1);
        }
        return java.nio.file.Path.of(base + ".mv.db");
    }

    /**
     * An embedded H2 file database is closed by Despatch, not by H2's own exit hook: on Ctrl-C that hook would close
     * it beside the job still stopping at its checkpoint, whose last commits would then fail. A URL that sets
     * DB_CLOSE_ON_EXIT itself is left as it is.
     */
    private static String ownClose(String url) {
        return isEmbeddedH2File(url) && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")
                ? url + ";DB_CLOSE_ON_EXIT=FALSE" : url;
    }

    /** An H2 database in memory, which ends with the process that opened it. */
    public boolean isH2InMemory() {
        return url.startsWith("jdbc:h2:mem:");
    }

    /** The URL without credentials or options, for messages. */
    public String displayUrl() {
        int semicolon = url.indexOf(';');
        int question = url.indexOf('?');
        int cut = semicolon < 0 ? question : question < 0 ? semicolon : Math.min(semicolon, question);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
