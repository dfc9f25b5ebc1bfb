package org.despatch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.util.ArrayList;
import java.util.List;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.spi.JobOperatorContext;

/**
 * The standalone runtime, started once per process: the database (schema installed), the store the batch
 * artifacts write through, and JBeret wired to both. {@link BatchRuntime#getJobOperator()} then runs Despatch
 * jobs against that database.
 */
public final class DespatchRuntime {

    private static Database database;
    private static DatabaseConfig config;
    private static ArchiveStore store;
    private static DespatchBatchEnvironment environment;

    private DespatchRuntime() {
    }

    /**
     * Starts the runtime on the given database, or checks that it is already running on it.
     *
     * @throws org.despatch.persist.DatabaseException when the database cannot be used
     */
    public static synchronized void start(DatabaseConfig config) {
        if (database != null) {
            if (DespatchRuntime.config == null || !DespatchRuntime.config.url().equals(config.url())) {
                throw new IllegalStateException("runtime already started on " + database.displayUrl());
            }
            return;
        }
        Database db = Database.open(config);
        DespatchBatchEnvironment env = db.withoutTraceFile(() -> new DespatchBatchEnvironment(config));
        db.numberBatchRecordsWithoutGaps();
        JobOperatorContext context = JobOperatorContext.create(env);
        JobOperatorContext.setJobOperatorContextSelector(() -> context);
        database = db;
        DespatchRuntime.config = config;
        store = new ArchiveStore(db);
        environment = env;
    }

    /**
     * Makes the batch artifacts write to a database opened by a container (the application server), whose own
     * batch runtime runs the jobs; nothing of the standalone runtime is started.
     */
    public static synchronized void useDatabase(Database db) {
        if (database != null && database != db) {
            throw new IllegalStateException("runtime already started on " + database.displayUrl());
        }
        database = db;
        store = new ArchiveStore(db);
    }

    /**
     * Resolves batch artifacts from an existing CDI container (for example Arquillian's) instead of starting
     * Weld SE. Call before the first job starts.
     */
    public static void useBeanManager(jakarta.enterprise.inject.spi.BeanManager beanManager) {
        CdiArtifactFactory.useBeanManager(beanManager);
    }

    /** Starts on the database named by system properties or environment, unless already started. */
    public static synchronized void startFromEnvironment() {
        if (database == null) {
            start(DatabaseConfig.fromEnvironment());
        }
    }

    public static synchronized ArchiveStore store() {
        if (store == null) {
            startFromEnvironment();
        }
        return store;
    }

    public static JobOperator jobOperator() {
        return BatchRuntime.getJobOperator();
    }

    /**
     * Marks FAILED, as JBeret's restart in {@code force} mode does, the executions of {@code job} that an embedded
     * database still has marked STARTING or STARTED before this process started any: H2 lets one process at a time
     * open its file, so their process died (a {@code kill -9}, a power cut). Left so, they were listed as running
     * for ever, though a new ingest had finished their work; marked FAILED they can still be restarted. A server
     * database is left alone: another process may be running them.
     *
     * @return the ids of the executions so marked
     */
    public static synchronized List<Long> failExecutionsOfDeadProcesses(String job) {
        if (environment == null || !config.isEmbeddedH2File()) {
            return List.of();
        }
        List<Long> running;
        try {
            running = jobOperator().getRunningExecutions(job);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        JobRepository repository = environment.getJobRepository();
        List<Long> failed = new ArrayList<>();
        for (long id : running) {
            JobExecutionImpl execution = (JobExecutionImpl) repository.getJobExecution(id);
            execution.setBatchStatus(BatchStatus.FAILED);
            execution.setExitStatus("FAILED: its process died before it ended");
            repository.updateJobExecution(execution, true, false);
            failed.add(id);
        }
        return failed;
    }

    /** Stops the runtime (tests start it again on another database). */
    public static synchronized void stop() {
        if (environment != null) {
            environment.shutdown();
            CdiArtifactFactory.shutdown();
        }
        if (database != null) {
            database.close();
        }
        database = null;
        config = null;
        store = null;
        environment = null;
    }
}
