package io.repmysql.driver;

import java.util.Map;

/**
 * The Connector/J settings the driver reads itself, not only passes on: it caps {@code connectTimeout} when a pool's
 * validation opens a writer, and gives a reader its {@code socketTimeout} back after the handshake. A bad value is
 * refused while the URL is parsed, as Connector/J would refuse it at connect.
 *
 * @param connectTimeoutMs Connector/J's {@code connectTimeout}; 0 (its default): no limit
 * @param socketTimeoutMs  Connector/J's {@code socketTimeout}; 0 (its default): no limit
 */
public record ConnectorTimeouts(int connectTimeoutMs, int socketTimeoutMs) {

    public static final String CONNECT_TIMEOUT = "connectTimeout";
    public static final String SOCKET_TIMEOUT = "socketTimeout";

    /**
     * Reads them from the Connector/J properties of a URL.
     *
     * @throws IllegalArgumentException naming the key, the value and what is accepted
     */
    static ConnectorTimeouts parse(Map<String, String> connectorProperties) {
        return new ConnectorTimeouts(millis(connectorProperties, CONNECT_TIMEOUT),
                millis(connectorProperties, SOCKET_TIMEOUT));
    }

    private static int millis(Map<String, String> properties, String key) {
        String raw = properties.get(key);
        return raw == null ? 0 : PropertyValues.millis(key, raw.strip());
    }
}
