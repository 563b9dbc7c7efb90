package io.repmysql.driver;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets before anything reaches a message, a log line or {@code toString()}. A key is secret when its
 * name contains "password" or "pwd" (Connector/J's password1..3 and key store passwords included).
 */
public final class Masking {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    /** A secret value runs to the next '&' only: a ';' or '@' may be part of the password itself. */
    private static final Pattern QUERY_SECRET =
            Pattern.compile("([?&;](?i:[^=&;]*(?:password|pwd)[^=&;]*)=)[^&]*");
    /** user:password@ before the host; the password may hold '/', ':' or '@', so it runs to the last '@'. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]*:)[^?]*@");

    private Masking() {
    }

    /** True when the value of {@code key} must never be shown. */
    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("pwd");
    }

    /** The URL with every secret query value, and the password of a {@code user:password@} prefix, masked. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = QUERY_SECRET.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /** The properties as {@code {key=value, ...}} in key order, secrets masked. */
    public static String properties(Properties properties) {
        Map<String, String> shown = new TreeMap<>();
        if (properties != null) {
            for (String key : properties.stringPropertyNames()) {
                shown.put(key, value(key, properties.getProperty(key)));
            }
        }
        return shown.toString();
    }

    /** The value, or the mask when {@code key} is secret. */
    public static String value(String key, String value) {
        return isSecret(key) && value != null ? MASK : value;
    }
}
