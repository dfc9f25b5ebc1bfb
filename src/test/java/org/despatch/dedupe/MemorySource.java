package org.despatch.dedupe;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Texts held in memory, filed under their keys as the database files them: for testing the finder's decisions. */
final class MemorySource implements DuplicateSource {

    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final KeyIndex.Builder filing = new KeyIndex.Builder();
    private KeyIndex filed;
    private final Map<Long, Long> stored = new HashMap<>();

    /** Adds a text with id and order {@code id}. */
    Item add(long id, String text) {
        Item item = addUnfiled(id, text);
        filing.add(id, id, DedupeKeys.of(text));
        filed = null;
        return item;
    }

    /** Adds a text that is not filed under its keys, as the database does not file a copy of a text it has filed. */
    Item addUnfiled(long id, String text) {
        Item item = new Item(id, id, text, ContentHash.ofText(MatchText.normalize(text)));
        items.put(id, item);
        return item;
    }

    void store(DuplicateAssignment a) {
        stored.put(a.id(), a.clusterId());
    }

    @Override
    public Item item(long id) {
        return items.get(id);
    }

    @Override
    public Long earliestWithSameContent(Item item) {
        return items.values().stream().filter(i -> i.order() < item.order())
                .filter(i -> i.contentHash().equals(item.contentHash())).map(Item::id).findFirst().orElse(null);
    }

    @Override
    public List<Long> candidates(Item item, DuplicateSettings settings) {
        if (filed == null) {
            filed = filing.build();
        }
        return filed.candidates(item.order(), item.id(), () -> DedupeKeys.of(item.text()), settings);
    }

    @Override
    public Long storedCluster(long id) {
        return stored.get(id);
    }
}
