package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Names that exist only on the writer's session: temporary tables this connection created, and user variables
 * it assigned there alone. A read that mentions one must follow it to the writer.
 *
 * <p>Matching is by name, case-insensitive, ignoring the schema: a read of {@code other_db.tmp} while {@code tmp}
 * is a temporary table goes to the writer too. That errs to the safe side and keeps the check to one pass of the
 * lexer, paid only while such names exist.
 */
final class SessionNames {

    private final List<String> temporaryTables = new ArrayList<>();
    private final List<String> pinnedVariables = new ArrayList<>();

    void addTables(List<String> names) {
        addAll(temporaryTables, names);
    }

    void removeTables(List<String> names) {
        temporaryTables.removeAll(names);
    }

    void pinVariables(List<String> names) {
        addAll(pinnedVariables, names);
    }

    void syncVariables(List<String> names) {
        pinnedVariables.removeAll(names);
    }

    List<String> temporaryTables() {
        return List.copyOf(temporaryTables);
    }

    /** {@link Reason#TEMPORARY_TABLE} or {@link Reason#WRITER_VARIABLE} when {@code sql} mentions one, else null. */
    Reason mentionedIn(String sql) {
        if (temporaryTables.isEmpty() && pinnedVariables.isEmpty()) {
            return null;
        }
        SqlLexer lexer = new SqlLexer(sql);
        for (Token t = lexer.next(); t != Token.END; t = lexer.next()) {
            if ((t == Token.WORD || t == Token.QUOTED_NAME) && matches(lexer, temporaryTables)) {
                return Reason.TEMPORARY_TABLE;
            }
            if (t == Token.USER_VARIABLE && matches(lexer, pinnedVariables)) {
                return Reason.WRITER_VARIABLE;
            }
        }
        return null;
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
