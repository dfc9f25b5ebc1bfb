package org.despatch.runtime;

import jakarta.transaction.TransactionManager;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.despatch.persist.DatabaseConfig;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.ChainedJobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import org.jberet.tx.LocalTransactionManager;

/**
 * The standalone batch environment: JBeret's JDBC job repository on the application's own database, jobs from
 * {@code META-INF/batch-jobs}, artifacts from CDI. Written here rather than taken from jberet-se so that the
 * repository and the application always share one database, given at run time.
 */
public final class DespatchBatchEnvironment implements BatchEnvironment {

    private final Properties properties = new Properties();
    private final JobRepository repository;
    private final ExecutorService executor;
    private final JobXmlResolver jobXmlResolver =
            new ChainedJobXmlResolver(new MetaInfBatchJobsJobXmlResolver());

    public DespatchBatchEnvironment(DatabaseConfig db) {
        properties.setProperty("job-repository-type", "jdbc");
        properties.setProperty("db-url", db.url());
        properties.setProperty("db-user", db.user());
        properties.setProperty("db-password", db.password());
        this.repository = JdbcRepository.create(properties);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "despatch-batch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ClassLoader getClassLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : DespatchBatchEnvironment.class.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return new CdiArtifactFactory();
    }

    @Override
    public void submitTask(JobTask task) {
        executor.execute(task);
    }

    @Override
    public TransactionManager getTransactionManager() {
        return LocalTransactionManager.getInstance();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return jobXmlResolver;
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        return properties;
    }

    @Override
    public String getApplicationName() {
        return "despatch";
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
