package io.repmysql.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Connector/J settings the physical connections get unless the URL or {@code Properties} set the key themselves.
 * They cache what Connector/J would otherwise compute or fetch again, or skip bookkeeping nobody reads, and change
 * no behaviour the driver relies on. Their measured effect, including runs where it did not show, is in
 * BENCHMARKS.md; each can be turned off in the URL.
 * Settings that change behaviour (server-side prepared statements, local session state, cached result-set
 * metadata) are not among them: docs/driver.md says why.
 */
public final class ConnectorDefaults {

    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        // Keeps each SQL string's parse (client-side) per connection: no QueryInfo scan per prepareStatement.
        VALUES.put("cachePrepStmts", "true");
        VALUES.put("prepStmtCacheSize", "250");
        VALUES.put("prepStmtCacheSqlLimit", "2048");
        // Reads the server's variables once per URL instead of once per new connection.
        VALUES.put("cacheServerConfiguration", "true");
        // Skips a clock read per statement kept only for Connector/J's own timing statistics.
        VALUES.put("maintainTimeStats", "false");
    }

    private ConnectorDefaults() {
    }

    /** Key to value, in the order documented. */
    public static Map<String, String> values() {
        return Collections.unmodifiableMap(VALUES);
    }

    /** Adds every default whose key {@code properties} does not already have. */
    static void applyTo(Properties properties) {
        VALUES.forEach(properties::putIfAbsent);
    }
}
