package com.orderflow.platform.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The ids of rows found by a key of their own (an order number, a product's SKU), remembered so that
 * the next look-up loads the row by its id: inside a transaction JPA then answers from the rows it
 * already holds instead of querying again (an order was read about twenty times in its lifecycle,
 * issue 18). Only ids are remembered, never rows, so nothing stale is ever answered: a row loaded by a
 * remembered id that no longer carries the key (or is gone) is looked up by the key again. The oldest
 * ids are forgotten past a limit.
 */
public final class KnownIds {
    private final Map<String, Long> ids;

    public KnownIds(int limit) {
        this.ids = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > limit;
            }
        };
    }

    /**
     * The row with this key: by its remembered id when that row still has the key, else by the key
     * (and its id remembered).
     */
    public <T> Optional<T> find(String key, Function<Long, Optional<T>> byId, Supplier<Optional<T>> byKey,
            Function<T, Long> idOf, Predicate<T> hasKey) {
        Long id;
        synchronized (ids) {
            id = ids.get(key);
        }
        if (id != null) {
            Optional<T> known = byId.apply(id).filter(hasKey);
            if (known.isPresent()) {
                return known;
            }
        }
        Optional<T> found = byKey.get();
        found.ifPresent(row -> {
            synchronized (ids) {
                ids.put(key, idOf.apply(row));
            }
        });
        return found;
    }
}
