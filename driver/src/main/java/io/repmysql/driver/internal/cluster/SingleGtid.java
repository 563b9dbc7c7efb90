package io.repmysql.driver.internal.cluster;

/**
 * Reads the positions a write reports, one MariaDB GTID {@code domain-server-seq} or one MySQL source with one
 * interval {@code uuid:n} / {@code uuid:n-m}, by hand: session tracking hands one of these over after every write,
 * and the general parser's regular expressions and sorted maps cost more than the rest of the write's bookkeeping.
 * Anything else (lists, tags, several intervals, upper-case or dash-less uuids, blanks) is left to
 * {@link GtidPosition#parse}.
 */
final class SingleGtid {

    private static final int UUID_LENGTH = 36;

    private SingleGtid() {
    }

    /** The position of {@code text}, or null when it is not one plain GTID (or not valid). */
    static GtidPosition parse(String text) {
        return text.length() > UUID_LENGTH && text.charAt(UUID_LENGTH) == ':' ? mySql(text) : mariaDb(text);
    }

    private static GtidPosition mariaDb(String text) {
        int first = text.indexOf('-');
        int second = first < 0 ? -1 : text.indexOf('-', first + 1);
        if (second < 0 || !digits(text, 0, first, 10) || !digits(text, first + 1, second, 10)
                || !digits(text, second + 1, text.length(), 19)) {
            return null;
        }
        return GtidPosition.mariaDb(Long.parseLong(text, 0, first, 10), Long.parseLong(text, first + 1, second, 10),
                Long.parseLong(text, second + 1, text.length(), 10));
    }

    private static GtidPosition mySql(String text) {
        if (!canonicalUuid(text)) {
            return null;
        }
        int start = UUID_LENGTH + 1;
        int dash = text.indexOf('-', start);
        int end = dash < 0 ? text.length() : dash;
        if (!digits(text, start, end, 19) || (dash >= 0 && !digits(text, dash + 1, text.length(), 19))) {
            return null;
        }
        long first = Long.parseLong(text, start, end, 10);
        long last = dash < 0 ? first : Long.parseLong(text, dash + 1, text.length(), 10);
        if (first < 1 || last < first) {
            return null;
        }
        return GtidPosition.mySql(text.substring(0, UUID_LENGTH), first, last);
    }

    /** 1 to {@code max} ASCII digits (19 keeps every value within a long). */
    private static boolean digits(String text, int from, int to, int max) {
        if (to - from < 1 || to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case hex in the 8-4-4-4-12 layout the server prints: the form the general parser would produce. */
    private static boolean canonicalUuid(String text) {
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
