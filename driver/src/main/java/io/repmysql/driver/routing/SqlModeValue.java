package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The value of {@code SET sql_mode = …}, as far as it changes lexing. It reads a literal list
 * ({@code 'ANSI_QUOTES,STRICT_TRANS_TABLES'}), {@code CONCAT(@@sql_mode, ',X')} and {@code CONCAT_WS} (adds X),
 * and {@code REPLACE(@@sql_mode, 'X', '')} (removes X). Anything else (a variable, DEFAULT, another expression)
 * makes the mode unknown: the session then lexes every read in every mode before trusting a replica with it.
 */
final class SqlModeValue {

    private SqlModeValue() {
    }

    /** The lexer stands on the value's first token; it is left anywhere inside the value. */
    static void read(SqlLexer lexer, EnumSet<Effect> effects) {
        Token t = lexer.token();
        if (lexer.isDigit('0') && endsValue(lexer.peek())) {
            // The numeric form: 0 is the empty mode; other numbers are bit sets that differ between servers.
            setAll(0, effects);
            return;
        }
        if ((t == Token.STRING || (t == Token.WORD && lexer.keyword() != Keyword.DEFAULT)) && endsValue(lexer.peek())) {
            setAll(bits(lexer.lowerText()), effects);
            return;
        }
        String function = t == Token.WORD ? lexer.lowerText() : "";
        if (!function.equals("concat") && !function.equals("concat_ws") && !function.equals("replace")
                || lexer.next() != Token.LEFT_PAREN) {
            effects.add(Effect.SQL_MODE_UNKNOWN);
            return;
        }
        boolean readsMode = false;
        List<String> strings = new ArrayList<>();
        for (t = lexer.next(); t != Token.RIGHT_PAREN; t = lexer.next()) {
            if (t == Token.SYSTEM_VARIABLE && SystemVariables.isSqlMode(lexer)) {
                readsMode = true;
            } else if (t == Token.STRING) {
                strings.add(lexer.lowerText());
            } else if (t != Token.COMMA) {
                effects.add(Effect.SQL_MODE_UNKNOWN);
                return;
            }
        }
        if (!endsValue(lexer.next())) {
            effects.add(Effect.SQL_MODE_UNKNOWN);
        } else if (function.equals("replace")) {
            if (!readsMode || strings.isEmpty()) {
                effects.add(Effect.SQL_MODE_UNKNOWN);
            } else {
                turn(bits(strings.get(0), false), false, effects);
            }
        } else if (readsMode) {
            turn(bits(String.join(",", strings)), true, effects);
        } else {
            setAll(bits(String.join(",", strings)), effects);
        }
    }

    private static boolean endsValue(Token t) {
        return t == Token.END || t == Token.SEMICOLON || t == Token.COMMA;
    }

    /** The lexing-relevant flags of a comma-separated mode list, with the combination modes that imply them. */
    static int bits(String modes) {
        return bits(modes, true);
    }

    /** With {@code implied} false only the modes named themselves: removing ORACLE leaves its ANSI_QUOTES. */
    private static int bits(String modes, boolean implied) {
        int bits = 0;
        for (String mode : modes.toUpperCase(Locale.ROOT).split(",")) {
            switch (mode.strip()) {
                case "ANSI_QUOTES" -> bits |= SqlMode.ANSI_QUOTES;
                case "ANSI", "DB2", "MSSQL", "POSTGRESQL", "MAXDB" -> bits |= implied ? SqlMode.ANSI_QUOTES : 0;
                case "NO_BACKSLASH_ESCAPES" -> bits |= SqlMode.NO_BACKSLASH_ESCAPES;
                case "ORACLE" -> bits |= SqlMode.ORACLE | (implied ? SqlMode.ANSI_QUOTES : 0);
                default -> {
                    // Other modes change what the server accepts, not where a statement ends.
                }
            }
        }
        return bits;
    }

    private static void setAll(int bits, EnumSet<Effect> effects) {
        effects.add((bits & SqlMode.ANSI_QUOTES) != 0 ? Effect.ANSI_QUOTES_ON : Effect.ANSI_QUOTES_OFF);
        effects.add((bits & SqlMode.NO_BACKSLASH_ESCAPES) != 0 ? Effect.NO_BACKSLASH_ESCAPES_ON
                : Effect.NO_BACKSLASH_ESCAPES_OFF);
        effects.add((bits & SqlMode.ORACLE) != 0 ? Effect.ORACLE_ON : Effect.ORACLE_OFF);
    }

    private static void turn(int bits, boolean on, EnumSet<Effect> effects) {
        if ((bits & SqlMode.ANSI_QUOTES) != 0) {
            effects.add(on ? Effect.ANSI_QUOTES_ON : Effect.ANSI_QUOTES_OFF);
        }
        if ((bits & SqlMode.NO_BACKSLASH_ESCAPES) != 0) {
            effects.add(on ? Effect.NO_BACKSLASH_ESCAPES_ON : Effect.NO_BACKSLASH_ESCAPES_OFF);
        }
        if ((bits & SqlMode.ORACLE) != 0) {
            effects.add(on ? Effect.ORACLE_ON : Effect.ORACLE_OFF);
        }
    }
}
