package io.repmysql.driver;

import java.util.Locale;

/**
 * The typed reading of one property value, with the error a user sees for a bad one: it names the property, the
 * value and what is accepted. Each throws IllegalArgumentException, which {@link UrlParser} turns into the URL's
 * SQLException.
 */
final class PropertyValues {

    static final String MILLIS = "a whole number of milliseconds from 0 to " + Integer.MAX_VALUE;

    private PropertyValues() {
    }

    /** A port, 1 to 65535; one rule and message for the write port and readPort. */
    static int port(String what, String raw) {
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

    /** Milliseconds, 0 to Integer.MAX_VALUE. */
    static int millis(String key, String raw) {
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + raw + "' is not " + MILLIS, e);
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " '" + raw + "' is not " + MILLIS);
        }
        return (int) value;
    }

    static Consistency consistency(String key, String raw) {
        try {
            return Consistency.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + raw + "' is not one of: none, session, causal", e);
        }
    }

    /** A host name or address; an IPv6 address may come in brackets and leaves without them. */
    static String host(String key, String raw) {
        String host = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        if (host.isBlank()) {
            throw new IllegalArgumentException(key + " is empty; leave it out to read from HOST");
        }
        return host;
    }

    static String name(String key, String raw) {
        if (raw.isBlank()) {
            throw new IllegalArgumentException(key + " is empty; leave it out to name the cluster HOST:WRITE_PORT/DATABASE");
        }
        return raw;
    }
}
