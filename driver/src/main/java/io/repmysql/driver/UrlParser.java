package io.repmysql.driver;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Turns a URL string and {@code Properties} into a {@link RepMySqlUrl}, or an SQLException (08001) saying why not:
 * a bad value of ours or of the {@link ConnectorTimeouts} is refused here, never ignored or left to fail later.
 */
final class UrlParser {

    static final String FORMAT = "jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]";
    private static final int DEFAULT_WRITE_PORT = 3306;

    private UrlParser() {
    }

    static RepMySqlUrl parse(String url, Properties info) throws SQLException {
        try {
            return parseOrThrow(url, info == null ? new Properties() : info);
        } catch (IllegalArgumentException e) {
            throw new SQLException("Invalid URL " + Masking.url(url) + ": " + e.getMessage(),
                    SqlStates.UNABLE_TO_CONNECT, e);
        }
    }

    private static RepMySqlUrl parseOrThrow(String url, Properties info) {
        if (url == null || !url.startsWith(RepMySqlUrl.PREFIX + "//")) {
            throw new IllegalArgumentException("expected " + FORMAT);
        }
        String rest = url.substring(RepMySqlUrl.PREFIX.length() + 2);
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        String path = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int slash = path.indexOf('/');
        String authority = slash < 0 ? path : path.substring(0, slash);
        String database = slash < 0 ? "" : decode(path.substring(slash + 1));
        if (path.contains("@")) {
            throw new IllegalArgumentException("user info before the host is not supported; "
                    + "pass user= and password= as properties");
        }
        String[] hostAndPort = splitAuthority(authority);
        int writePort = hostAndPort[1] == null ? DEFAULT_WRITE_PORT
                : PropertyValues.port("write port", hostAndPort[1]);
        Map<String, String> merged = new LinkedHashMap<>();
        info.stringPropertyNames().forEach(key -> merged.put(key, info.getProperty(key)));
        merged.putAll(queryParameters(query));
        Map<DriverProperty, String> ours = new EnumMap<>(DriverProperty.class);
        Map<String, String> connector = new LinkedHashMap<>();
        merged.forEach((key, value) -> DriverProperty.byKey(key).ifPresentOrElse(
                property -> ours.put(property, value),
                () -> connector.put(key, value)));
        return new RepMySqlUrl(hostAndPort[0], writePort, database, DriverSettings.parse(ours),
                ConnectorTimeouts.parse(connector), connector);
    }

    /** {host, port or null}; IPv6 hosts come in brackets and leave without them. */
    private static String[] splitAuthority(String authority) {
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("IPv6 host '" + authority + "' lacks its closing ']'");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("expected ':PORT' after the IPv6 host, found '" + after + "'");
                }
                port = after.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host is missing; expected " + FORMAT);
        }
        return new String[] {host, port};
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(equals == 0 ? "a parameter has a value but no key"
                        : "parameter '" + pair + "' has no value; expected key=value");
            }
            String key = decode(pair.substring(0, equals));
            if (parameters.put(key, decode(pair.substring(equals + 1))) != null) {
                throw new IllegalArgumentException("key '" + key + "' appears twice");
            }
        }
        return parameters;
    }

    /** Percent-decoding only: a '+' in a password stays a '+'. */
    private static String decode(String text) {
        return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
