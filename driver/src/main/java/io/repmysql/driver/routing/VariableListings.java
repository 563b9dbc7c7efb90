package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.Locale;

/**
 * SHOW [SESSION] VARIABLES and SHOW [SESSION] STATUS: listings of this session's variables, which include the
 * ones describing its own work on the server it runs on ({@code last_insert_id}, {@code identity}…) and its
 * previous statement ({@code warning_count}, {@code error_count}, the status {@code Last_query_cost}). A listing
 * that may show one of them is answered like a read of that variable; one that shows only settings is a read.
 */
final class VariableListings {

    /** Same names as {@link SystemVariables#reason}: the primary's own values. */
    private static final String[] OWN_WORK =
            {"identity", "last_insert_id", "insert_id", "last_gtid", "in_transaction", "pseudo_thread_id"};
    private static final String[] PREVIOUS = {"warning_count", "error_count"};
    private static final String[] NONE = {};
    private static final String[] PREVIOUS_STATUS = {"last_query_cost", "last_query_partial_plans"};
    private static final Classification OWN_WORK_LISTED = new Classification(Target.WRITER, Reason.SESSION_FUNCTION);

    private VariableListings() {
    }

    /** The lexer stands on VARIABLES of a session listing. */
    static Classification variables(SqlLexer lexer) {
        return show(lexer, OWN_WORK, PREVIOUS);
    }

    /** The lexer stands on STATUS of a session listing. */
    static Classification status(SqlLexer lexer) {
        return show(lexer, NONE, PREVIOUS_STATUS);
    }

    private static Classification show(SqlLexer lexer, String[] ownWork, String[] previousNames) {
        Classification unbounded = ownWork.length > 0 ? OWN_WORK_LISTED : InspectionStatements.PREVIOUS_STATEMENT;
        lexer.next();
        if (lexer.textEquals("like")) {
            lexer.next();
            return lexer.token() == Token.STRING
                    ? listed(lexer.unquotedText().toLowerCase(Locale.ROOT), ownWork, previousNames) : unbounded;
        }
        if (!lexer.textEquals("where")) {
            // No filter: every variable is listed.
            return unbounded;
        }
        // WHERE Variable_name = 'a' OR Variable_name LIKE 'b%': only the names its strings match are listed. A
        // filter the lexer cannot bound (no string, REGEXP, a function building the name) may list any.
        boolean bounded = false;
        boolean previous = false;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (t == Token.STRING) {
                Classification c = listed(lexer.unquotedText().toLowerCase(Locale.ROOT), ownWork, previousNames);
                if (c == OWN_WORK_LISTED) {
                    return c;
                }
                bounded = true;
                previous |= c == InspectionStatements.PREVIOUS_STATEMENT;
            } else if (lexer.textEquals("regexp") || lexer.textEquals("rlike")
                    || t == Token.WORD && !lexer.textEquals("in") && lexer.peek() == Token.LEFT_PAREN) {
                return unbounded;
            }
        }
        return !bounded ? unbounded : previous ? InspectionStatements.PREVIOUS_STATEMENT : Classification.READ;
    }

    /** What a listing of the variables matching the LIKE pattern {@code pattern} is. */
    private static Classification listed(String pattern, String[] ownWork, String[] previousNames) {
        for (String name : ownWork) {
            if (like(name, 0, pattern, 0)) {
                return OWN_WORK_LISTED;
            }
        }
        for (String name : previousNames) {
            if (like(name, 0, pattern, 0)) {
                return InspectionStatements.PREVIOUS_STATEMENT;
            }
        }
        return Classification.READ;
    }

    /** SQL LIKE: {@code %} any run, {@code _} any one character, a backslash escapes the next. */
    static boolean like(String name, int n, String pattern, int p) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '%') {
                for (int i = n; i <= name.length(); i++) {
                    if (like(name, i, pattern, p + 1)) {
                        return true;
                    }
                }
                return false;
            }
            if (c == '\\' && p + 1 < pattern.length()) {
                c = pattern.charAt(++p);
            } else if (c == '_' && n < name.length()) {
                n++;
                p++;
                continue;
            }
            if (n >= name.length() || name.charAt(n) != c) {
                return false;
            }
            n++;
            p++;
        }
        return n == name.length();
    }
}
