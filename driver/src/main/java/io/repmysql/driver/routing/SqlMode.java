package io.repmysql.driver.routing;

/**
 * The parts of a session's {@code sql_mode} that change how SQL is lexed: {@code ANSI_QUOTES} ({@code "…"} is a
 * name, not a string), {@code NO_BACKSLASH_ESCAPES} (a backslash ends nothing) and MariaDB's {@code ORACLE}
 * (sequences as {@code seq.currval}, anonymous {@code BEGIN … END} blocks). Eight interned values, so the
 * classifier keeps one cache per mode and a lookup stays one array index away.
 */
public final class SqlMode {

    static final int ANSI_QUOTES = 1;
    static final int NO_BACKSLASH_ESCAPES = 2;
    static final int ORACLE = 4;
    static final int COUNT = 8;

    private static final SqlMode[] ALL = new SqlMode[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            ALL[i] = new SqlMode(i);
        }
    }

    /** What the server starts a session with unless configured otherwise: none of the three. */
    public static final SqlMode DEFAULT = ALL[0];

    private final int bits;

    private SqlMode(int bits) {
        this.bits = bits;
    }

    public static SqlMode of(boolean ansiQuotes, boolean noBackslashEscapes, boolean oracle) {
        return ALL[(ansiQuotes ? ANSI_QUOTES : 0) | (noBackslashEscapes ? NO_BACKSLASH_ESCAPES : 0)
                | (oracle ? ORACLE : 0)];
    }

    static SqlMode ofBits(int bits) {
        return ALL[bits & (COUNT - 1)];
    }

    /** Every mode, for classifying a statement when the session's mode is unknown. */
    static SqlMode[] all() {
        return ALL.clone();
    }

    int bits() {
        return bits;
    }

    public boolean ansiQuotes() {
        return (bits & ANSI_QUOTES) != 0;
    }

    public boolean noBackslashEscapes() {
        return (bits & NO_BACKSLASH_ESCAPES) != 0;
    }

    public boolean oracle() {
        return (bits & ORACLE) != 0;
    }

    @Override
    public String toString() {
        if (bits == 0) {
            return "default";
        }
        StringBuilder s = new StringBuilder();
        if (ansiQuotes()) {
            s.append("ANSI_QUOTES");
        }
        if (noBackslashEscapes()) {
            s.append(s.isEmpty() ? "" : ",").append("NO_BACKSLASH_ESCAPES");
        }
        if (oracle()) {
            s.append(s.isEmpty() ? "" : ",").append("ORACLE");
        }
        return s.toString();
    }
}
