package io.repmysql.driver.routing;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifications by SQL string, shared by every connection. Bounded by starting over when full: simpler and
 * cheaper on the hot path than LRU bookkeeping, and an application's working set of SQL strings refills it in
 * microseconds. Very long strings (batches of literal values, mostly) are not kept: they are rarely repeated and
 * would hold memory.
 */
final class ClassificationCache {

    static final int DEFAULT_CAPACITY = 4096;
    static final int MAX_CACHED_LENGTH = 8192;

    private final ConcurrentHashMap<String, Classification> entries;
    private final int capacity;

    ClassificationCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ConcurrentHashMap<>(Math.min(capacity, 1024) * 2);
    }

    Classification get(String sql) {
        return entries.get(sql);
    }

    void put(String sql, Classification classification) {
        if (sql.length() > MAX_CACHED_LENGTH) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(sql, classification);
    }

    int size() {
        return entries.size();
    }
}
