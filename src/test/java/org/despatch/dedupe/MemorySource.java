package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Texts held in memory, filed under their keys as the database files them: for testing the finder's decisions. */
final class MemorySource implements DuplicateSource {

    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Map<Long, List<Long>> filed = new HashMap<>();
    private final Map<Long, Long> stored = new HashMap<>();

    /** Adds a text with id and order {@code id}. */
    Item add(long id, String text) {
        Item item = new Item(id, id, text, ContentHash.ofText(MatchText.normalize(text)));
        items.put(id, item);
        DedupeKeys.of(text).all().forEach(k -> filed.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
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
    public List<Long> candidates(Item item, DedupeKeys keys, int limit) {
        Map<Long, Integer> shared = new HashMap<>();
        for (long key : keys.all()) {
            for (long id : filed.getOrDefault(key, List.of())) {
                if (items.get(id).order() < item.order()) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    @Override
    public Long storedCluster(long id) {
        return stored.get(id);
    }
}
