package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a document step into partitions that run in parallel, partition {@code k} of {@code n} taking the
 * documents whose id modulo {@code n} is {@code k}. Every step's output is a function of the stored rows, not
 * of the order documents are processed in, so partitions may interleave freely.
 *
 * <pre>{@code
 * <partition>
 *   <mapper ref="documentPartitionMapper">
 *     <properties><property name="partitions" value="#{jobParameters['partitions']}?:0;"/></properties>
 *   </mapper>
 * </partition>
 * }</pre>
 */
@Named
@Dependent
public class DocumentPartitionMapper implements PartitionMapper {

    /** Partition property: this partition's number, 0-based. */
    public static final String PARTITION = "partition";
    /** Partition property: how many partitions there are. */
    public static final String PARTITIONS = "partitions";

    /** How many partitions; 0 (default) for one per available processor. */
    @Inject
    @BatchProperty
    Integer partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int n = partitions == null || partitions <= 0 ? Runtime.getRuntime().availableProcessors() : partitions;
        Properties[] props = new Properties[n];
        for (int k = 0; k < n; k++) {
            props[k] = new Properties();
            props[k].setProperty(PARTITION, Integer.toString(k));
            props[k].setProperty(PARTITIONS, Integer.toString(n));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(props);
        // On restart, run every partition of the new plan, not just the old plan's unfinished ones: readers
        // position themselves from the stage column, so a different partition count (another machine, another
        // parameter) still covers every document exactly once.
        plan.setPartitionsOverride(true);
        return plan;
    }
}
