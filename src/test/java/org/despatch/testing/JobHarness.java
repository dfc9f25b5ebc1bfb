package org.despatch.testing;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.runtime.DespatchRuntime;
import org.jberet.runtime.JobExecutionImpl;

/** Runs archive-ingest in this JVM against a fresh H2 file database, and reads the views back. */
public final class JobHarness implements AutoCloseable {

    public static final String JOB = "archive-ingest";
    /**
     * Tika's test documents with every embedded document a row of its own take 10 minutes on 2 cores shared with
     * other builds (load average 10 to 14); a job not done by then is stuck.
     */
    private static final long TIMEOUT_MINUTES = 30;

    private final DatabaseConfig db;

    private JobHarness(DatabaseConfig db) {
        this.db = db;
    }

    /** Starts the runtime on {@code dir/despatch.mv.db} (stopping any runtime started before). */
    public static JobHarness start(Path dir) {
        return start(DatabaseConfig.h2File(dir.resolve("despatch")));
    }

    /** Starts the runtime on the given database (stopping any runtime started before). */
    public static JobHarness start(DatabaseConfig config) {
        DespatchRuntime.stop();
        DespatchRuntime.start(config);
        return new JobHarness(config);
    }

    public DatabaseConfig database() {
        return db;
    }

    public JobOperator operator() {
        return DespatchRuntime.jobOperator();
    }

    public static Properties params(Path input, String... namesAndValues) {
        Properties p = new Properties();
        p.setProperty("input", input.toAbsolutePath().toString());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return p;
    }

    public JobExecution run(Properties params) throws InterruptedException {
        return await(operator().start(JOB, params));
    }

    public JobExecution restart(long executionId, Properties params) throws InterruptedException {
        return await(operator().restart(executionId, params));
    }

    public JobExecution await(long executionId) throws InterruptedException {
        JobExecutionImpl e = (JobExecutionImpl) operator().getJobExecution(executionId);
        e.awaitTermination(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        return e;
    }

    public List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection c = Database.connect(db)) {
            return query(c, sql);
        }
    }

    public static List<Map<String, Object>> query(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A row of {@code SELECT source_path, status, error FROM ARCHIVE_DOCUMENT}, as {@link #query} gives it. */
    public static Map<String, Object> documentRow(String path, String status, String error) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source_path", path);
        row.put("status", status);
        row.put("error", error);
        return row;
    }

    public long count(String sql) throws SQLException {
        return ((Number) query(sql).get(0).values().iterator().next()).longValue();
    }

    public List<String> snapshot() throws SQLException {
        try (Connection c = Database.connect(db)) {
            return ViewSnapshot.take(c);
        }
    }

    @Override
    public void close() {
        DespatchRuntime.stop();
    }
}
