package io.repmysql.driver;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every property of ours, declared once: its name in the URL, default and description; {@link DriverSettings} holds
 * their typed values. Any other key is Connector/J's and passes through untouched ({@link ConnectorTimeouts} are
 * the ones the driver also reads). {@link RepMySqlDriver#getPropertyInfo} lists these.
 */
public enum DriverProperty {
    READ_HOST("readHost", null, "Host of the read port (HAProxy's replica pool); default: the URL's HOST", List.of()),
    READ_PORT("readPort", "3307", "Port that balances reads over the replicas", List.of()),
    CONSISTENCY("consistency", "none",
            "none: reads go to the replicas at once; session: after a write, reads wait for it on the replica; "
                    + "causal: reads wait for every write of this JVM to the cluster (and observed tokens)",
            List.of("none", "session", "causal")),
    CONSISTENCY_TIMEOUT_MS("consistencyTimeoutMs", "1000",
            "consistency=session and causal: how long a read waits for the replica before it goes to the writer",
            List.of()),
    READER_RETRY_BACKOFF_MS("readerRetryBackoffMs", "5000",
            "After the read port failed to connect, reads go to the writer for this long before it is tried again",
            List.of()),
    READER_CONNECT_TIMEOUT_MS("readerConnectTimeoutMs", "2000",
            "Connect timeout for the read port, so a dead replica pool falls back to the writer quickly",
            List.of()),
    CLUSTER_NAME("clusterName", null,
            "Name shown first in log lines and in the JMX/Micrometer metrics; default: HOST:WRITE_PORT/DATABASE",
            List.of());

    private final String key;
    private final String defaultValue;
    private final String description;
    private final List<String> choices;

    DriverProperty(String key, String defaultValue, String description, List<String> choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = choices;
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

    /** The property with this URL key, if it is one of ours. */
    public static Optional<DriverProperty> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
