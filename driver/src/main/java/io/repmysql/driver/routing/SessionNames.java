package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Names whose state lives only on the writer's session: temporary tables this connection created, and user
 * variables it assigned there alone. A read that mentions one must follow it to the writer. After a statement
 * the lexer cannot see into (CALL, EXECUTE, DO…) every user variable is unknown, except those a SET on both
 * connections has assigned since: a read of any other goes to the writer.
 *
 * <p>Matching is by name, case-insensitive, ignoring the schema: a read of {@code other_db.tmp} while {@code tmp}
 * is a temporary table goes to the writer too, and so does a listing of tables (SHOW TABLES, information_schema),
 * which includes temporary tables on MariaDB 11.2 and later. That errs to the safe side and keeps the check to one pass of the
 * lexer, paid only while such names exist.
 */
final class SessionNames {

    private final List<String> temporaryTables = new ArrayList<>();
    private final List<String> pinnedVariables = new ArrayList<>();
    private final List<String> bothVariables = new ArrayList<>();
    private boolean variablesUnknown;

    void addTables(List<String> names) {
        addAll(temporaryTables, names);
    }

    void removeTables(List<String> names) {
        temporaryTables.removeAll(names);
    }

    /** names holds pairs (from, to): a tracked temporary table keeps being tracked under its new name. */
    void renameTables(List<String> pairs) {
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            if (temporaryTables.remove(pairs.get(i))) {
                addAll(temporaryTables, List.of(pairs.get(i + 1)));
            }
        }
    }

    void pinVariables(List<String> names) {
        addAll(pinnedVariables, names);
        bothVariables.removeAll(names);
    }

    void syncVariables(List<String> names) {
        pinnedVariables.removeAll(names);
        addAll(bothVariables, names);
    }

    /** Every user variable may have been assigned on the writer: only those set on both since are known. */
    void variablesUnknown() {
        variablesUnknown = true;
        bothVariables.clear();
    }

    /** True when some state lives on the writer only, so a read-only transaction must not go to the reader. */
    boolean anyOnWriter() {
        return variablesUnknown || !temporaryTables.isEmpty() || !pinnedVariables.isEmpty();
    }

    boolean variablesUnknownNow() {
        return variablesUnknown;
    }

    List<String> temporaryTables() {
        return List.copyOf(temporaryTables);
    }

    List<String> pinnedVariables() {
        return List.copyOf(pinnedVariables);
    }

    List<String> bothVariables() {
        return List.copyOf(bothVariables);
    }

    void clear() {
        temporaryTables.clear();
        pinnedVariables.clear();
        bothVariables.clear();
        variablesUnknown = false;
    }

    /**
     * {@link Reason#TEMPORARY_TABLE}, {@link Reason#WRITER_VARIABLE} or {@link Reason#UNKNOWN_STATE} when
     * {@code sql}, lexed in {@code mode}, mentions a name whose state is on the writer only or unknown; else null.
     */
    Reason mentionedIn(String sql, SqlMode mode) {
        if (!anyOnWriter()) {
            return null;
        }
        SqlLexer lexer = new SqlLexer(sql, mode);
        boolean show = lexer.next() == Token.WORD && lexer.is(Keyword.SHOW);
        for (Token t = lexer.token(); t != Token.END; t = lexer.next()) {
            if ((t == Token.WORD || t == Token.QUOTED_NAME) && matches(lexer, temporaryTables)) {
                return Reason.TEMPORARY_TABLE;
            }
            if (!temporaryTables.isEmpty() && listsTables(lexer, t, show)) {
                return Reason.TEMPORARY_TABLE;
            }
            if (t == Token.USER_VARIABLE && matches(lexer, pinnedVariables)) {
                return Reason.WRITER_VARIABLE;
            }
            if (t == Token.USER_VARIABLE && variablesUnknown && !matches(lexer, bothVariables)) {
                return Reason.UNKNOWN_STATE;
            }
        }
        return null;
    }

    /**
     * MariaDB 11.2 and later list temporary tables in SHOW TABLES, SHOW TABLE STATUS and information_schema: while
     * this connection has one, those answers differ between its two sessions.
     */
    private static boolean listsTables(SqlLexer lexer, Token t, boolean show) {
        if (t == Token.WORD && show) {
            return lexer.is(Keyword.TABLES) || lexer.is(Keyword.TABLE) && lexer.peekKeyword() == Keyword.STATUS;
        }
        return (t == Token.WORD || t == Token.QUOTED_NAME) && lexer.textEquals("information_schema");
    }

    private static boolean matches(SqlLexer lexer, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (lexer.textEquals(names.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(List<String> target, List<String> names) {
        for (String name : names) {
            if (!target.contains(name)) {
                target.add(name);
            }
        }
    }
}
