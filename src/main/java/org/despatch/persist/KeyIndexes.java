package org.despatch.persist;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.despatch.dedupe.FinderMemory;
import org.despatch.dedupe.KeyIndex;
import org.despatch.normalize.TextMemo;

/**
 * The in-memory {@link KeyIndex} of each kind of text, loaded once per generation and shared by the threads that
 * ask for it, with the first copies found during the generation ({@link StoredDuplicates#earliestWithSameContent})
 * and what the duplicate finders worked out ({@link FinderMemory}).
 * A generation is a span in which no text is filed: in a job, its execution (every text its dedupe step compares
 * was filed by its segment step before). Held softly: between nightly runs the memory can go back to the server,
 * and the next run loads it again.
 */
final class KeyIndexes {

    /**
     * The first stored copy of a content hash is remembered for this many hashes, most recently used (hashes are 64
     * characters): about 20 MB.
     */
    static final int FIRST_COPY_HASHES = 100_000;

    /**
     * What a generation holds of one kind of text: its keys, the first stored copy of each content hash found so
     * far (no text is filed during a generation, so the first stays the first), and the texts and clusters the
     * finders worked out.
     */
    record Loaded(long generation, KeyIndex index, TextMemo<StoredDuplicates.FirstCopy> firstCopies,
                  FinderMemory finders) {
    }

    private final Map<StoredDuplicates.Kind, SoftReference<Loaded>> loaded =
            new EnumMap<>(StoredDuplicates.Kind.class);

    synchronized Loaded of(long generation, Connection c, StoredDuplicates.Kind kind) throws SQLException {
        SoftReference<Loaded> held = loaded.get(kind);
        Loaded l = held == null ? null : held.get();
        if (l == null || l.generation() != generation) {
            l = new Loaded(generation, StoredDuplicates.loadIndex(c, kind),
                    new TextMemo<>(FIRST_COPY_HASHES * 64), new FinderMemory());
            loaded.put(kind, new SoftReference<>(l));
        }
        return l;
    }
}
