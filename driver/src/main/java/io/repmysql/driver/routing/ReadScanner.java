package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a statement that starts like a read (SELECT, WITH, TABLE, VALUES, a parenthesised query) is
 * one. It scans to the end of the statement and turns it into a write on the first sign that its result depends
 * on, or changes, the primary or this session: a locking clause, INTO, {@code :=}, a session-bound function, or a
 * data-changing keyword (WITH … UPDATE, a DELETE hiding in a CTE). The first sign found names the reason.
 */
final class ReadScanner {

    /** A read with {@code IS NULL}: where sql_auto_is_null is on, the session decides where it goes. */
    private static final Classification READ_TESTING_NULL =
            Classification.of(Target.READER, Reason.READ_STATEMENT, Effect.TESTS_IS_NULL, List.of());

    private ReadScanner() {
    }

    /** The lexer stands on the statement's first token. */
    static Classification scan(SqlLexer lexer) {
        while (lexer.token() == Token.LEFT_PAREN) {
            lexer.next();
        }
        Keyword first = lexer.keyword();
        if (first != Keyword.SELECT && first != Keyword.WITH && first != Keyword.TABLE && first != Keyword.VALUES) {
            return Classification.UNCLASSIFIED;
        }
        return body(lexer);
    }

    /** Scans from the current token to the end of the statement (a top-level {@code ;} or the end of the text). */
    static Classification body(SqlLexer lexer) {
        Reason reason = null;
        boolean followsPrevious = false;
        boolean testsNull = false;
        boolean afterIs = false;
        List<String> pinned = null;
        Token before = null;
        for (Token t = lexer.token(); t != Token.END && t != Token.SEMICOLON; before = lexer.token(), t = lexer.next()) {
            Reason found = null;
            if (t == Token.WORD && lexer.keyword() == null) {
                testsNull |= afterIs && lexer.textEquals("null");
                afterIs = lexer.textEquals("is");
            } else {
                afterIs = false;
            }
            if ((t == Token.WORD || t == Token.QUOTED_NAME)
                    && (lexer.textEquals("session_variables") || lexer.textEquals("session_status"))) {
                // This session's variables and status, last_insert_id and Last_query_cost among them.
                found = Reason.SESSION_FUNCTION;
            }
            if (t == Token.WORD && lexer.keyword() != null) {
                found = before == Token.DOT ? qualifiedReason(lexer) : wordReason(lexer);
                if (found == Reason.SELECT_INTO) {
                    pinned = intoVariables(lexer, pinned);
                }
            } else if (t == Token.USER_VARIABLE && lexer.peek() == Token.ASSIGN) {
                found = Reason.USER_VARIABLE_ASSIGNMENT;
                pinned = add(pinned, lexer.lowerText());
            } else if (t == Token.SYSTEM_VARIABLE) {
                found = SystemVariables.reason(lexer);
                if (found == Reason.PREVIOUS_STATEMENT) {
                    followsPrevious = true;
                    found = null;
                }
            }
            if (reason == null) {
                reason = found;
            }
        }
        if (reason == null) {
            return followsPrevious ? InspectionStatements.PREVIOUS_STATEMENT
                    : testsNull ? READ_TESTING_NULL : Classification.READ;
        }
        return pinned == null ? new Classification(Target.WRITER, reason)
                : Classification.of(Target.WRITER, reason, Effect.PINS_VARIABLES, pinned);
    }

    /**
     * A keyword after a dot is a name ({@code a.update}, {@code j.handler}), except a sequence function:
     * {@code seq.nextval}, and in MariaDB's ORACLE mode {@code seq.currval} (elsewhere a column).
     */
    private static Reason qualifiedReason(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        if (k == Keyword.CURRVAL && !lexer.mode().oracle()) {
            return null;
        }
        return k.role() == Keyword.Role.SEQUENCE_FUNCTION ? Reason.SESSION_FUNCTION : null;
    }

    private static Reason wordReason(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        switch (k) {
            case FOR -> {
                Keyword next = lexer.peekKeyword();
                return next == Keyword.UPDATE || next == Keyword.SHARE ? Reason.LOCKING_READ : null;
            }
            case LOCK -> {
                return lexer.peekKeyword() == Keyword.IN ? Reason.LOCKING_READ : Reason.WRITE_STATEMENT;
            }
            case INTO -> {
                return Reason.SELECT_INTO;
            }
            case NEXT, PREVIOUS -> {
                return lexer.peekKeyword() == Keyword.VALUE ? Reason.SESSION_FUNCTION : null;
            }
            case SQL_CALC_FOUND_ROWS -> {
                return Reason.SESSION_FUNCTION;
            }
            default -> {
                return roleReason(lexer, k.role());
            }
        }
    }

    private static Reason roleReason(SqlLexer lexer, Keyword.Role role) {
        return switch (role) {
            case WRITE -> Reason.WRITE_STATEMENT;
            case WRITE_OR_FUNCTION -> lexer.peek() == Token.LEFT_PAREN ? null : Reason.WRITE_STATEMENT;
            case SESSION_FUNCTION -> lexer.peek() == Token.LEFT_PAREN ? Reason.SESSION_FUNCTION : null;
            case SEQUENCE_FUNCTION -> Reason.SESSION_FUNCTION;
            case NONE, PER_SERVER_VALUE -> null;
        };
    }

    /** INTO @a, @b: those variables now exist only where this statement ran. */
    private static List<String> intoVariables(SqlLexer lexer, List<String> pinned) {
        while (lexer.peek() == Token.USER_VARIABLE) {
            lexer.next();
            pinned = add(pinned, lexer.lowerText());
            if (lexer.peek() != Token.COMMA) {
                break;
            }
            lexer.next();
        }
        return pinned;
    }

    private static List<String> add(List<String> list, String name) {
        List<String> result = list == null ? new ArrayList<>() : list;
        result.add(name);
        return result;
    }
}
