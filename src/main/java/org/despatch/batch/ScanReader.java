package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.scan.ContainerLimits;
import org.despatch.scan.FileNames;
import org.despatch.scan.ScannedSource;
import org.despatch.scan.SourceOpener;
import org.despatch.scan.SourceScanner;

/**
 * Lists the documents of the input (see {@link SourceScanner}) and hands them out one by one. The checkpoint
 * is the position in the list, which is stable for the same input, with the key of the document before it; the register writer skips documents already
 * registered, so resuming from a position behind the rows repeats nothing, and a position ahead of the rows (the
 * document just before it is not registered) is not trusted: the scan starts again from the beginning.
 *
 * <pre>{@code
 * <reader ref="scanReader">
 *   <properties>
 *     <property name="input" value="#{jobParameters['input']}"/>
 *     <property name="maxDepth" value="#{jobParameters['maxDepth']}?:5;"/>
 *     <property name="maxEmbeddedCount" value="#{jobParameters['maxEmbeddedCount']}?:100000;"/>
 *   </properties>
 * </reader>
 * }</pre>
 */
@Named
@Dependent
public class ScanReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ScanReader.class.getName());

    /** Folder or archive file to scan. Required. */
    @Inject
    @BatchProperty
    String input;

    /**
     * How many containers deep a document may be (archive entries and embedded documents alike); default
     * {@value ContainerLimits#DEFAULT_MAX_DEPTH}.
     */
    @Inject
    @BatchProperty
    Integer maxDepth;

    /** Documents listed from inside one archive file; default {@value ContainerLimits#DEFAULT_MAX_EMBEDDED_COUNT}. */
    @Inject
    @BatchProperty
    Integer maxEmbeddedCount;

    private List<ScannedSource> sources;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("scanReader needs the property 'input'");
        }
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            sources = new SourceScanner(ContainerLimits.of(maxDepth, maxEmbeddedCount), opener)
                    .scan(FileNames.path(input));
        }
        position = checkpoint instanceof Position p ? Math.min(p.next(), sources.size())
                : checkpoint instanceof Integer p ? Math.min(p, sources.size()) : 0;
        // Trust the checkpoint only as far as the rows confirm it: the last item before it must be registered, and
        // must be the one it was (a file added before it since shifts the list: helper-52 found it skipped)
        String lastKey = position > 0 ? RegisterProcessor.sourceKey(sources.get(position - 1)) : null;
        if (position > 0 && (checkpoint instanceof Position p && !p.lastKey().equals(lastKey)
                || !DespatchRuntime.store().isRegistered(lastKey))) {
            LOG.warning(() -> "scan checkpoint " + checkpoint + " does not match the registered documents; "
                    + "rescanning from the start (registered documents are skipped)");
            position = 0;
        }
        LOG.fine(() -> "scan of " + input + ": " + sources.size() + " documents, resuming at " + position);
    }

    @Override
    public Object readItem() {
        return position < sources.size() ? sources.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(position, position > 0 ? RegisterProcessor.sourceKey(sources.get(position - 1)) : "");
    }

    /** Where the scan is: the next item's place in the list, and the key of the item before it. */
    record Position(int next, String lastKey) implements Serializable {
    }
}
