package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The value side of the assignments of one SET statement: whether any of them needs the writer, whether any
 * reads a variable (then the statement cannot replace an earlier one on replay), and what autocommit or
 * transaction_read_only become.
 */
final class SetValue {

    /** Marks a GLOBAL/PERSIST assignment; cannot collide with a real variable name. */
    static final String GLOBAL = "\0global";

    private Reason writeReason;
    private boolean readsVariables;
    private List<String> assignedInValue = List.of();

    Reason writeReason() {
        return writeReason;
    }

    boolean readsVariables() {
        return readsVariables;
    }

    /** User variables the values assign themselves ({@code SET @a = (@b := 5)}): they exist on the writer only. */
    List<String> assignedInValue() {
        return assignedInValue;
    }

    /** tx_read_only and tx_isolation are the old names of the transaction_ variables. */
    static String canonical(String name) {
        return switch (name) {
            case "tx_read_only", "@@tx_read_only" -> "transaction_read_only";
            case "tx_isolation" -> "transaction_isolation";
            default -> name;
        };
    }

    /** Scans one value, from the current token to a top-level comma or the end of the statement. */
    void scan(SqlLexer lexer, String name, EnumSet<Effect> effects) {
        Boolean flag = switchValue(lexer);
        if (name.equals("completion_type")) {
            effects.add(noChain(lexer) ? Effect.COMPLETION_CHAIN_OFF : Effect.COMPLETION_CHAIN_ON);
        }
        if (name.equals("sql_mode")) {
            int mark = lexer.tokenStart();
            boolean executable = lexer.inExecutableComment();
            SqlModeValue.read(lexer, effects);
            lexer.rewind(mark, executable);
        }
        int depth = 0;
        for (Token t = lexer.token(); t != Token.END && t != Token.SEMICOLON && !(t == Token.COMMA && depth == 0);
                t = lexer.next()) {
            if (t == Token.LEFT_PAREN) {
                depth++;
                Keyword inner = lexer.peekKeyword();
                if (inner == Keyword.SELECT || inner == Keyword.WITH || inner == Keyword.TABLE
                        || inner == Keyword.VALUES) {
                    note(Reason.SET_FROM_QUERY);
                }
            } else if (t == Token.RIGHT_PAREN) {
                depth--;
            } else if (t == Token.USER_VARIABLE) {
                readsVariables = true;
                if (lexer.peek() == Token.ASSIGN) {
                    assignedInValue = new ArrayList<>(assignedInValue);
                    assignedInValue.add(lexer.lowerText());
                }
            } else if (t == Token.SYSTEM_VARIABLE) {
                readsVariables = true;
                if (SystemVariables.perServer(lexer) && (name.startsWith("@") || !lexer.textEquals("global"))) {
                    // A setting taken from the server's default (SET time_zone = @@global.time_zone) is what a new
                    // connection to each server holds anyway; a user variable would hold two values.
                    note(Reason.PER_SERVER_VALUE);
                } else if (SystemVariables.reason(lexer) != null) {
                    note(Reason.SESSION_FUNCTION);
                }
            } else if (t == Token.ASSIGN) {
                note(Reason.USER_VARIABLE_ASSIGNMENT);
            } else if (t == Token.WORD && lexer.keyword() != null) {
                note(wordReason(lexer));
            }
        }
        if (name.equals("autocommit")) {
            effects.add(Boolean.TRUE.equals(flag) ? Effect.AUTOCOMMIT_ON : Effect.AUTOCOMMIT_OFF);
        } else if (name.equals("sql_auto_is_null")) {
            effects.add(Boolean.FALSE.equals(flag) ? Effect.AUTO_IS_NULL_OFF : Effect.AUTO_IS_NULL_ON);
        } else if (name.equals("transaction_read_only") && flag != null) {
            effects.add(flag ? Effect.SESSION_READ_ONLY : Effect.SESSION_READ_WRITE);
        }
    }

    private static Reason wordReason(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        if ((k == Keyword.NEXT || k == Keyword.PREVIOUS) && lexer.peekKeyword() == Keyword.VALUE) {
            return Reason.SESSION_FUNCTION;
        }
        return switch (k.role()) {
            case SESSION_FUNCTION -> lexer.peek() == Token.LEFT_PAREN ? Reason.SESSION_FUNCTION : null;
            case SEQUENCE_FUNCTION -> Reason.SESSION_FUNCTION;
            case PER_SERVER_VALUE -> Reason.PER_SERVER_VALUE;
            case WRITE -> Reason.WRITE_STATEMENT;
            case WRITE_OR_FUNCTION -> lexer.peek() == Token.LEFT_PAREN ? null : Reason.WRITE_STATEMENT;
            case NONE -> null;
        };
    }

    private void note(Reason reason) {
        if (writeReason == null) {
            writeReason = reason;
        }
    }

    /** completion_type = 0, 2, NO_CHAIN or RELEASE: a plain COMMIT starts no new transaction. */
    private static boolean noChain(SqlLexer lexer) {
        Token after = lexer.peek();
        if (after != Token.END && after != Token.SEMICOLON && after != Token.COMMA) {
            return false;
        }
        return lexer.isDigit('0') || lexer.isDigit('2') || lexer.textEquals("no_chain") || lexer.textEquals("release");
    }

    /**
     * 1/ON/TRUE/'ON' → true, 0/OFF/FALSE/'OFF' → false, anything else (DEFAULT, @x, expressions such as
     * {@code 1 - 1}) → null.
     */
    private static Boolean switchValue(SqlLexer lexer) {
        Token after = lexer.peek();
        if (after != Token.END && after != Token.SEMICOLON && after != Token.COMMA) {
            return null;
        }
        if (lexer.isDigit('1') || lexer.is(Keyword.ON) || lexer.is(Keyword.TRUE)
                || (lexer.token() == Token.STRING && (lexer.textEquals("on") || lexer.textEquals("1")))) {
            return Boolean.TRUE;
        }
        if (lexer.isDigit('0') || lexer.is(Keyword.OFF) || lexer.is(Keyword.FALSE)
                || (lexer.token() == Token.STRING && (lexer.textEquals("off") || lexer.textEquals("0")))) {
            return Boolean.FALSE;
        }
        return null;
    }
}
