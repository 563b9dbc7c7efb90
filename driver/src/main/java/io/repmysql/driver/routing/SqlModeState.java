package io.repmysql.driver.routing;

/**
 * The session's sql_mode as far as lexing goes: known (starting from the server default) until a SET the lexer
 * cannot read, or a statement it cannot see into, makes it unknown; known again after a SET it can read in full.
 */
final class SqlModeState {

    private int bits;
    private boolean unknown;

    SqlMode current() {
        return SqlMode.ofBits(bits);
    }

    boolean unknown() {
        return unknown;
    }

    void makeUnknown() {
        unknown = true;
    }

    void reset() {
        bits = 0;
        unknown = false;
    }

    /** Applies one of the sql_mode effects; false for any other effect. */
    boolean apply(Effect effect) {
        switch (effect) {
            case ANSI_QUOTES_ON -> bits |= SqlMode.ANSI_QUOTES;
            case ANSI_QUOTES_OFF -> bits &= ~SqlMode.ANSI_QUOTES;
            case NO_BACKSLASH_ESCAPES_ON -> bits |= SqlMode.NO_BACKSLASH_ESCAPES;
            case NO_BACKSLASH_ESCAPES_OFF -> bits &= ~SqlMode.NO_BACKSLASH_ESCAPES;
            case ORACLE_ON -> bits |= SqlMode.ORACLE;
            case ORACLE_OFF -> bits &= ~SqlMode.ORACLE;
            case SQL_MODE_UNKNOWN -> unknown = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A SET that names all three flags (a literal list) makes the mode known again. */
    void known(Classification c) {
        if (c.has(Effect.ANSI_QUOTES_ON) || c.has(Effect.ANSI_QUOTES_OFF)) {
            if ((c.has(Effect.NO_BACKSLASH_ESCAPES_ON) || c.has(Effect.NO_BACKSLASH_ESCAPES_OFF))
                    && (c.has(Effect.ORACLE_ON) || c.has(Effect.ORACLE_OFF)) && !c.has(Effect.SQL_MODE_UNKNOWN)) {
                unknown = false;
            }
        }
    }
}
