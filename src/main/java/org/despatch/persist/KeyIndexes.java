package org.despatch.persist;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.despatch.dedupe.KeyIndex;

/**
 * The in-memory {@link KeyIndex} of each kind of text, loaded once per generation and shared by the threads that
 * ask for it, with the {@link FirstCopies} found during the generation. A generation is a span in which no text is
 * filed: in a job, its execution (every text its dedupe step compares was filed by its segment step before). Held
 * softly: between nightly runs the memory can go back to the server, and the next run loads it again.
 */
final class KeyIndexes {

    /** What a generation holds of one kind of text. */
    record Loaded(long generation, KeyIndex index, FirstCopies firstCopies) {
    }

    private final Map<StoredDuplicates.Kind, SoftReference<Loaded>> loaded =
            new EnumMap<>(StoredDuplicates.Kind.class);

    synchronized Loaded of(long generation, Connection c, StoredDuplicates.Kind kind) throws SQLException {
        SoftReference<Loaded> held = loaded.get(kind);
        Loaded l = held == null ? null : held.get();
        if (l == null || l.generation() != generation) {
            l = new Loaded(generation, StoredDuplicates.loadIndex(c, kind),
                    new FirstCopies(FirstCopies.DEFAULT_MAX_HASHES));
            loaded.put(kind, new SoftReference<>(l));
        }
        return l;
    }
}
