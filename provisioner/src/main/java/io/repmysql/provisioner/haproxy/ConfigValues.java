package io.repmysql.provisioner.haproxy;

import io.repmysql.provisioner.spec.Addresses;
import io.repmysql.provisioner.spec.ClusterNames;
import java.util.regex.Pattern;

/**
 * What may go into HAProxy's config as one word: nothing that could end a line, start a comment or split a
 * keyword's arguments. A refused secret is named, never shown.
 */
final class ConfigValues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_.+=-]{1,128}");

    private ConfigValues() {
    }

    static String name(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' cannot go into HAProxy's config; use 1 to "
                    + "64 letters, digits, '_', '.' or '-'");
        }
        return value;
    }

    static String host(String what, String value) {
        if (value == null || !(Addresses.isIpLiteral(value) || HOST_NAME.matcher(value).matches())) {
            throw new IllegalArgumentException(what + " '" + value + "' is neither an IP address nor a host "
                    + "name; use e.g. 127.0.0.1 or a container name");
        }
        return value;
    }

    static String secret(String what, String value) {
        if (value == null || !SECRET.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " cannot go into HAProxy's config: it must be 1 to 128 "
                    + "letters, digits or _ . + = - (generated passwords are); set another one");
        }
        return value;
    }

    static int port(String what, int value) {
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException(what + " " + value + " is out of range; use 1 to 65535");
        }
        return value;
    }

    static int atLeast(String what, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(what + " " + value + " is too small; use at least " + minimum);
        }
        return value;
    }

    /** {@code host:port}, with an IPv6 literal in brackets. */
    static String address(String host, int port) {
        return ClusterNames.hostPort(host, port);
    }
}
