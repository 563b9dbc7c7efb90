package io.repmysql.driver;

import java.util.Map;

/**
 * Our properties of one URL, typed; every {@link DriverProperty} has its value here, given or default.
 *
 * @param readHost               the read port's host; null: the URL's HOST
 * @param readPort               HAProxy's read port
 * @param consistency            what a read waits for after a write
 * @param consistencyTimeoutMs   how long a read waits on the replica before it goes to the writer
 * @param readerRetryBackoffMs   how long reads stay on the writer after the read port failed to connect
 * @param readerConnectTimeoutMs the read port's connect timeout
 * @param clusterName            the name logs, metrics and tokens show; null: HOST:WRITE_PORT/DATABASE
 */
public record DriverSettings(String readHost, int readPort, Consistency consistency, int consistencyTimeoutMs,
                             int readerRetryBackoffMs, int readerConnectTimeoutMs, String clusterName) {

    /**
     * Reads the values given (keys absent take their default).
     *
     * @throws IllegalArgumentException for the first bad value, naming the property, the value and what is accepted
     */
    static DriverSettings parse(Map<DriverProperty, String> given) {
        Values values = new Values(given);
        return new DriverSettings(
                values.text(DriverProperty.READ_HOST, PropertyValues::host),
                values.number(DriverProperty.READ_PORT, PropertyValues::port),
                PropertyValues.consistency(DriverProperty.CONSISTENCY.key(), values.raw(DriverProperty.CONSISTENCY)),
                values.number(DriverProperty.CONSISTENCY_TIMEOUT_MS, PropertyValues::millis),
                values.number(DriverProperty.READER_RETRY_BACKOFF_MS, PropertyValues::millis),
                values.number(DriverProperty.READER_CONNECT_TIMEOUT_MS, PropertyValues::millis),
                values.text(DriverProperty.CLUSTER_NAME, PropertyValues::name));
    }

    /** The value of {@code property} as a URL spells it; null when it was not given and has no fixed default. */
    public String urlValue(DriverProperty property) {
        return switch (property) {
            case READ_HOST -> readHost;
            case READ_PORT -> Integer.toString(readPort);
            case CONSISTENCY -> consistency.urlValue();
            case CONSISTENCY_TIMEOUT_MS -> Integer.toString(consistencyTimeoutMs);
            case READER_RETRY_BACKOFF_MS -> Integer.toString(readerRetryBackoffMs);
            case READER_CONNECT_TIMEOUT_MS -> Integer.toString(readerConnectTimeoutMs);
            case CLUSTER_NAME -> clusterName;
        };
    }

    /** The given values with the defaults filled in. */
    private record Values(Map<DriverProperty, String> given) {

        String raw(DriverProperty property) {
            return given.getOrDefault(property, property.defaultValue());
        }

        String text(DriverProperty property, Parser<String> parser) {
            String raw = raw(property);
            return raw == null ? null : parser.parse(property.key(), raw);
        }

        int number(DriverProperty property, Parser<Integer> parser) {
            return parser.parse(property.key(), raw(property));
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String key, String raw);
    }
}
