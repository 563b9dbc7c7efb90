package io.repmysql.driver;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every property of ours, declared once: its name in the URL, default, description and parser. Any other key is
 * Connector/J's and passes through untouched. {@link RepMySqlDriver#getPropertyInfo} lists these.
 */
public enum DriverProperty {
    READ_HOST("readHost", null, "Host of the read port (HAProxy's replica pool); default: the URL's HOST",
            List.of(), DriverProperty::host),
    READ_PORT("readPort", "3307", "Port that balances reads over the replicas", List.of(), DriverProperty::port),
    CONSISTENCY("consistency", "none",
            "none: reads go to the replicas at once; session: after a write, reads wait for it on the replica; "
                    + "causal: reads wait for every write of this JVM to the cluster (and observed tokens)",
            List.of("none", "session", "causal"), DriverProperty::consistency),
    CONSISTENCY_TIMEOUT_MS("consistencyTimeoutMs", "1000",
            "consistency=session and causal: how long a read waits for the replica before it goes to the writer",
            List.of(), DriverProperty::millis),
    READER_RETRY_BACKOFF_MS("readerRetryBackoffMs", "5000",
            "After the read port failed to connect, reads go to the writer for this long before it is tried again",
            List.of(), DriverProperty::millis),
    READER_CONNECT_TIMEOUT_MS("readerConnectTimeoutMs", "2000",
            "Connect timeout for the read port, so a dead replica pool falls back to the writer quickly",
            List.of(), DriverProperty::millis),
    CLUSTER_NAME("clusterName", null,
            "Name shown first in log lines and in the JMX/Micrometer metrics; default: HOST:WRITE_PORT/DATABASE",
            List.of(), (key, raw) -> raw);

    private final String key;
    private final String defaultValue;
    private final String description;
    private final List<String> choices;
    private final BiFunction<String, String, Object> parser;

    DriverProperty(String key, String defaultValue, String description, List<String> choices,
                   BiFunction<String, String, Object> parser) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = choices;
        this.parser = parser;
    }

    /** The name users type in the URL, in {@code Properties} and as a DataSource bean property. */
    public String key() {
        return key;
    }

    /** The default as typed in a URL, or null when it derives from other settings. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The allowed values, or empty when any value of the right type is allowed. */
    public List<String> choices() {
        return choices;
    }

    /**
     * Parses a raw value.
     *
     * @throws IllegalArgumentException naming the property, the value and what is allowed
     */
    public Object parse(String raw) {
        return parser.apply(key, raw);
    }

    /** The property with this URL key, if it is one of ours. */
    public static Optional<DriverProperty> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    private static Object host(String key, String raw) {
        String host = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        if (host.isBlank()) {
            throw new IllegalArgumentException(key + " is empty; leave it out to read from HOST");
        }
        return host;
    }

    private static Object port(String key, String raw) {
        return parsePort(key, raw);
    }

    /** Ports share one rule and message for the write port and readPort. */
    static int parsePort(String what, String raw) {
        int port;
        try {
            port = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + raw + "' is not a number between 1 and 65535", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " " + port + " is out of range: use 1 to 65535");
        }
        return port;
    }

    private static Object consistency(String key, String raw) {
        try {
            return Consistency.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + raw + "' is not one of: none, session, causal", e);
        }
    }

    private static Object millis(String key, String raw) {
        try {
            long value = Long.parseLong(raw);
            if (value >= 0 && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + raw + "' is not a whole number of milliseconds >= 0", e);
        }
        throw new IllegalArgumentException(key + " '" + raw + "' is not a whole number of milliseconds >= 0");
    }
}
