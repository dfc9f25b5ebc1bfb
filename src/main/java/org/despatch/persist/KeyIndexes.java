package org.despatch.persist;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.despatch.dedupe.KeyIndex;

/**
 * The in-memory {@link KeyIndex} of each kind of text, loaded once and shared by the partitions of a dedupe step,
 * loaded again when texts have been filed since. Held softly: between nightly runs the memory can go back to the
 * server, and the next run loads it again.
 */
final class KeyIndexes {

    private record Loaded(String filingState, KeyIndex index) {
    }

    private final Map<StoredDuplicates.Kind, SoftReference<Loaded>> loaded =
            new EnumMap<>(StoredDuplicates.Kind.class);

    synchronized KeyIndex current(Connection c, StoredDuplicates.Kind kind) throws SQLException {
        String state = StoredDuplicates.filingState(c, kind);
        SoftReference<Loaded> held = loaded.get(kind);
        Loaded l = held == null ? null : held.get();
        if (l == null || !l.filingState().equals(state)) {
            l = new Loaded(state, StoredDuplicates.loadIndex(c, kind));
            loaded.put(kind, new SoftReference<>(l));
        }
        return l.index();
    }
}
