package org.despatch.runtime;

import java.util.List;
import org.despatch.batch.ArchiveItemWriter;
import org.despatch.batch.ClassifyProcessor;
import org.despatch.batch.DedupeProcessor;
import org.despatch.batch.DocumentPartitionMapper;
import org.despatch.batch.DocumentStageReader;
import org.despatch.batch.ExtractCheckpoints;
import org.despatch.batch.ExtractProcessor;
import org.despatch.batch.RegisterProcessor;
import org.despatch.batch.RequeueBatchlet;
import org.despatch.batch.ScanReader;
import org.despatch.batch.SegmentProcessor;
import org.despatch.batch.SummaryBatchlet;

/**
 * Every batch artifact, for Weld SE started with discovery off. A test checks that each {@code ref} in the JSL
 * files names one of these.
 */
public final class BatchArtifacts {

    public static final List<Class<?>> CLASSES = List.of(
            RequeueBatchlet.class,
            ScanReader.class,
            RegisterProcessor.class,
            DocumentStageReader.class,
            DocumentPartitionMapper.class,
            ExtractProcessor.class,
            ExtractCheckpoints.class,
            SegmentProcessor.class,
            DedupeProcessor.class,
            ClassifyProcessor.class,
            ArchiveItemWriter.class,
            SummaryBatchlet.class);

    private BatchArtifacts() {
    }
}
