package io.repmysql.provisioner.spec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IP literals, checked without ever asking a name server. */
public final class Addresses {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    private Addresses() {
    }

    public static boolean isIpLiteral(String value) {
        return value != null && (isIpv4(value) || isIpv6(value));
    }

    public static boolean isIpv4(String value) {
        return value != null && IPV4.matcher(value).matches();
    }

    public static boolean isIpv6(String value) {
        if (value == null || !value.contains(":") || !IPV6_CHARS.matcher(value).matches()) {
            return false;
        }
        try {
            // A literal of only these characters is parsed, never looked up.
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code 127.0.0.0/8} or {@code ::1}. */
    public static boolean isLoopback(String ipLiteral) {
        if (!isIpLiteral(ipLiteral)) {
            return false;
        }
        try {
            return InetAddress.getByName(ipLiteral).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
