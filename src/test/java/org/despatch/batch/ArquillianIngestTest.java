package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.despatch.persist.DatabaseConfig;
import org.despatch.runtime.BatchArtifacts;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.testing.SampleArchive;
import org.jberet.creation.BatchCDIExtension;
import org.jberet.runtime.JobExecutionImpl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * archive-ingest started through {@link BatchRuntime} inside Arquillian's embedded Weld container, its batch
 * artifacts resolved from that container, and its step metrics checked.
 */
@ExtendWith(ArquillianExtension.class)
class ArquillianIngestTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "despatch-test.jar")
                .addClasses(BatchArtifacts.CLASSES.toArray(Class<?>[]::new))
                .addAsServiceProvider(Extension.class, BatchCDIExtension.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    BeanManager beanManager;

    @Test
    void stepMetricsOfTheSampleArchive() throws Exception {
        Path temp = Files.createTempDirectory("despatch-arquillian");
        Path archive = temp.resolve("sample");
        SampleArchive.write(archive);
        DespatchRuntime.stop();
        DespatchRuntime.useBeanManager(beanManager);
        DespatchRuntime.start(DatabaseConfig.h2File(temp.resolve("db/despatch")));
        try {
            runAndCheckMetrics(archive);
        } finally {
            // the container's bean manager dies with the test: later tests must not resolve artifacts from it
            DespatchRuntime.useBeanManager(null);
            DespatchRuntime.stop();
            try (java.util.stream.Stream<Path> files = Files.walk(temp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void runAndCheckMetrics(Path archive) throws Exception {

        JobOperator operator = BatchRuntime.getJobOperator();
        Properties params = new Properties();
        params.setProperty("input", archive.toString());
        params.setProperty("chunkSize", "3");
        params.setProperty("partitions", "2");
        long id = operator.start("archive-ingest", params);
        ((JobExecutionImpl) operator.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        assertEquals(BatchStatus.COMPLETED, operator.getJobExecution(id).getBatchStatus());

        Map<String, String> metrics = new LinkedHashMap<>();
        for (StepExecution s : operator.getStepExecutions(id)) {
            metrics.put(s.getStepName(), read(s, Metric.MetricType.READ_COUNT) + "/"
                    + read(s, Metric.MetricType.WRITE_COUNT) + "/" + read(s, Metric.MetricType.ROLLBACK_COUNT));
        }
        // read/written/rolled back: 10 documents (3 inside bundle.zip); 2 damaged ones stop after extract;
        // the document steps' two partitions add up
        assertEquals(Map.of("requeue", "0/0/0", "scan", "10/10/0", "extract", "10/10/0", "segment", "8/8/0",
                "dedupe", "8/8/0", "classify", "8/8/0", "summary", "0/0/0"), metrics);
        assertEquals("CORRUPT=1 EMPTY=1 OK=8", operator.getJobExecution(id).getExitStatus());
    }

    private static long read(StepExecution s, Metric.MetricType type) {
        for (Metric m : s.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return -1;
    }
}
