package io.repmysql.driver;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.repmysql.driver.internal.BufferedSocketFactory;
import io.repmysql.driver.internal.ReaderSocketFactory;

/**
 * A parsed {@code jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]} with the caller's
 * {@code Properties} merged in (URL values win). Our properties are typed in {@code settings}; every other key,
 * user and password included, is Connector/J's and stays in {@code connectorProperties}, of which the driver reads
 * the {@code timeouts} itself. Parsing lives in {@link UrlParser}; this record only answers questions about the
 * result.
 *
 * @param host                the writer's host, without IPv6 brackets
 * @param writePort           HAProxy's write port
 * @param database            the default database, empty when none
 * @param settings            every {@link DriverProperty}, given or default
 * @param timeouts            the Connector/J timeouts the driver reads
 * @param connectorProperties the keys passed through to Connector/J
 */
public record RepMySqlUrl(String host, int writePort, String database, DriverSettings settings,
                          ConnectorTimeouts timeouts, Map<String, String> connectorProperties) {

    /** The URL prefix this driver accepts. */
    public static final String PREFIX = "jdbc:repmysql:";

    /** Connector/J's key for the class that makes its sockets. */
    private static final String SOCKET_FACTORY = "socketFactory";

    public RepMySqlUrl {
        connectorProperties = Map.copyOf(connectorProperties);
    }

    /**
     * Parses a URL and merges {@code info} into it.
     *
     * @throws SQLException SQLState 08001, naming what is wrong with the (masked) URL
     */
    public static RepMySqlUrl parse(String url, Properties info) throws SQLException {
        return UrlParser.parse(url, info);
    }

    public String readHost() {
        return settings.readHost() != null ? settings.readHost() : host;
    }

    public int readPort() {
        return settings.readPort();
    }

    public Consistency consistency() {
        return settings.consistency();
    }

    public int consistencyTimeoutMs() {
        return settings.consistencyTimeoutMs();
    }

    public int readerRetryBackoffMs() {
        return settings.readerRetryBackoffMs();
    }

    public int readerConnectTimeoutMs() {
        return settings.readerConnectTimeoutMs();
    }

    /** The {@code clusterName} property, or null when the URL leaves it out. */
    public String clusterName() {
        return settings.clusterName();
    }

    /** The name logs and metrics show first: clusterName, else HOST:WRITE_PORT/DATABASE (never a password). */
    public String name() {
        return settings.clusterName() != null ? settings.clusterName() : hostPort(host, writePort) + "/" + database;
    }

    /** Connector/J's URL for the write port; properties travel separately so secrets never sit in a URL. */
    public String writerJdbcUrl() {
        return "jdbc:mysql://" + hostPort(host, writePort) + "/" + database;
    }

    /** Connector/J's URL for the read port. */
    public String readerJdbcUrl() {
        return "jdbc:mysql://" + hostPort(readHost(), readPort()) + "/" + database;
    }

    /** readHost:readPort, as logs and errors show it. */
    public String readerAddress() {
        return hostPort(readHost(), readPort());
    }

    /**
     * The properties for Connector/J on the write port: the driver's sockets
     * ({@link BufferedSocketFactory}) unless the URL names its own {@code socketFactory}.
     */
    public Properties writerProperties() {
        Properties properties = newConnectorProperties();
        properties.putIfAbsent(SOCKET_FACTORY, BufferedSocketFactory.class.getName());
        if (consistency() != Consistency.NONE) {
            properties.setProperty("trackSessionState", "true");
        }
        return properties;
    }

    /**
     * The properties for Connector/J on the read port: a short connect timeout so fallback is quick, and the
     * handshake bounded by the same time. Behind HAProxy a black-holed replica accepts the TCP connection (HAProxy
     * does) and then never greets. {@link io.repmysql.driver.internal.ReaderSocketFactory} ends such a handshake
     * by closing the socket, so the socket keeps blocking reads afterwards. With the user's own
     * {@code socketFactory}, a socket timeout bounds the handshake instead, and
     * {@link #readerSocketTimeoutMs()} is restored once the connection is open
     * ({@link #readerHandshakeBoundBySocketTimeout()}).
     */
    public Properties readerProperties() {
        Properties properties = newConnectorProperties();
        properties.setProperty(ConnectorTimeouts.CONNECT_TIMEOUT, Integer.toString(readerConnectTimeoutMs()));
        if (readerHandshakeBoundBySocketTimeout()) {
            properties.setProperty(ConnectorTimeouts.SOCKET_TIMEOUT, Integer.toString(readerConnectTimeoutMs()));
        } else {
            properties.setProperty(SOCKET_FACTORY, ReaderSocketFactory.class.getName());
        }
        return properties;
    }

    /** True when the URL names Connector/J's {@code socketFactory}: a reader's handshake then has a socket timeout. */
    public boolean readerHandshakeBoundBySocketTimeout() {
        return connectorProperties.containsKey(SOCKET_FACTORY);
    }

    /** The socket timeout a reader has after its handshake: the user's {@code socketTimeout}, else none (0). */
    public int readerSocketTimeoutMs() {
        return timeouts.socketTimeoutMs();
    }

    /** The user's Connector/J keys, then {@link ConnectorDefaults} for the keys the user did not set. */
    private Properties newConnectorProperties() {
        Properties properties = new Properties();
        properties.putAll(connectorProperties);
        ConnectorDefaults.applyTo(properties);
        return properties;
    }

    /** HOST:PORT, IPv6 hosts in brackets (once: a host given as {@code [::1]} stays so). */
    public static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The URL as a user would type it, password masked. */
    @Override
    public String toString() {
        Map<String, String> query = new LinkedHashMap<>();
        for (DriverProperty property : DriverProperty.values()) {
            String value = settings.urlValue(property);
            if (value != null && !value.equals(property.defaultValue())) {
                query.put(property.key(), value);
            }
        }
        new TreeMap<>(connectorProperties).forEach((k, v) -> query.put(k, Masking.value(k, v)));
        StringBuilder url = new StringBuilder(PREFIX).append("//").append(hostPort(host, writePort)).append('/')
                .append(database);
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = '&';
        }
        return url.toString();
    }
}
