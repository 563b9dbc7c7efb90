package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SET in all its forms. Session and user variables, SET NAMES, SET CHARACTER SET and SET SESSION TRANSACTION are
 * session state: they run on every physical connection and are replayed on one opened later, and so is SET ROLE,
 * which activates roles for this session. SET GLOBAL/PERSIST, PASSWORD and DEFAULT ROLE change the server or the
 * account: writer.
 *
 * <p>A SET whose value calls a session-bound function or a subquery ({@code SET @id = LAST_INSERT_ID()},
 * {@code SET @n = (SELECT COUNT(*) FROM t)}) goes to the writer only: run on the replica it would compute a
 * different, possibly stale value, and the variables would disagree between connections. The price is that the
 * variable then exists only on the writer; the session pins it there, so later reads that use it follow it.
 *
 * <p>SET TRANSACTION without SESSION characterises only the next transaction. Run on both connections it would
 * linger, unused, on the one the transaction does not run on and surprise its next transaction, so it is a
 * transaction-control statement that goes where that next transaction will run.
 */
final class SetStatements {

    /** SET PASSWORD, SET DEFAULT ROLE: change an account, which commits an open transaction. */
    private static final Classification ACCOUNT_CHANGE =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());

    private SetStatements() {
    }

    /** The lexer stands on SET. */
    static Classification classify(SqlLexer lexer) {
        lexer.next();
        Keyword k = lexer.keyword();
        if (k == Keyword.PASSWORD || k == Keyword.DEFAULT && lexer.peekKeyword() == Keyword.ROLE) {
            return ACCOUNT_CHANGE;
        }
        if (k == Keyword.ROLE) {
            return new Classification(Target.BOTH, Reason.SESSION_STATE, Set.of(), List.of(), "role", List.of());
        }
        if (k == Keyword.DEFAULT
                || (k == Keyword.GLOBAL || k == Keyword.PERSIST) && lexer.peekKeyword() == Keyword.TRANSACTION) {
            return Classification.WRITE;
        }
        if (k == Keyword.STATEMENT) {
            boolean setsMode = false;
            while (lexer.token() != Token.END && !lexer.is(Keyword.FOR)) {
                setsMode |= lexer.textEquals("sql_mode");
                lexer.next();
            }
            lexer.next();
            return setsMode ? inAnyMode(lexer) : StatementClassifier.classifyStatement(lexer);
        }
        if (k == Keyword.TRANSACTION) {
            return TransactionStatements.setCharacteristics(lexer, true);
        }
        if ((k == Keyword.SESSION || k == Keyword.LOCAL) && lexer.peekKeyword() == Keyword.TRANSACTION) {
            lexer.next();
            return TransactionStatements.setCharacteristics(lexer, false);
        }
        boolean nextTransaction = isUnscopedTransactionVariable(lexer);
        Classification c = assignments(lexer);
        return nextTransaction ? TransactionStatements.nextTransaction(c) : c;
    }

    /**
     * SET STATEMENT sql_mode = … FOR stmt lexes stmt in a mode this session is not in: it is a read only if it is
     * one in every mode ({@code "\" FOR UPDATE -- "} locks under ANSI_QUOTES and is a string otherwise).
     */
    private static Classification inAnyMode(SqlLexer lexer) {
        String statement = lexer.textFrom(lexer.tokenStart());
        Classification here = StatementClassifier.classifyStatement(lexer);
        if (here.target() != Target.READER) {
            return here;
        }
        for (SqlMode mode : SqlMode.all()) {
            SqlLexer other = new SqlLexer(statement, mode);
            other.next();
            Classification there = StatementClassifier.classifyStatement(other);
            if (there.target() != Target.READER) {
                return there;
            }
        }
        return here;
    }

    /**
     * {@code SET @@transaction_read_only = …} and {@code @@transaction_isolation} (also the tx_ names) without a
     * scope set the next transaction's characteristics only, like SET TRANSACTION; with SESSION, or without
     * {@code @@}, the session's.
     */
    private static boolean isUnscopedTransactionVariable(SqlLexer lexer) {
        return lexer.token() == Token.SYSTEM_VARIABLE && lexer.peek() != Token.DOT
                && (lexer.textEquals("transaction_read_only") || lexer.textEquals("tx_read_only")
                || lexer.textEquals("transaction_isolation") || lexer.textEquals("tx_isolation"));
    }

    private static Classification assignments(SqlLexer lexer) {
        Set<String> assigned = new TreeSet<>();
        List<String> userVariables = new ArrayList<>();
        EnumSet<Effect> effects = EnumSet.noneOf(Effect.class);
        SetValue value = new SetValue();
        boolean setsSettings = false;
        while (true) {
            String name = variableName(lexer);
            if (name == null) {
                return Classification.UNCLASSIFIED;
            }
            if (name.equals(SetValue.GLOBAL)) {
                return global(lexer, userVariables, setsSettings, effects);
            }
            assigned.add(name);
            if (name.startsWith("@")) {
                userVariables.add(name.substring(1));
            } else {
                setsSettings = true;
            }
            boolean charset = name.equals("names");
            if (!charset && (lexer.token() != Token.EQUALS && lexer.token() != Token.ASSIGN)) {
                return Classification.UNCLASSIFIED;
            }
            if (!charset) {
                lexer.next();
            }
            value.scan(lexer, name, effects);
            if (lexer.token() != Token.COMMA) {
                break;
            }
            lexer.next();
        }
        userVariables.addAll(value.assignedInValue());
        if (assigned.contains("gtid_next")) {
            // The GTID of the next transaction, which is a write: on a replica it would let a read commit an
            // empty transaction under the primary's GTID. Not replayed, and not session state to keep.
            if (!userVariables.isEmpty()) {
                effects.add(Effect.SYNCS_VARIABLES);
            }
            return new Classification(Target.BOTH, Reason.WRITE_STATEMENT, effects, userVariables, null, List.of());
        }
        if (value.writeReason() != null && setsSettings) {
            // A session setting computed on the writer (SET time_zone = (SELECT …)) runs there alone: still session
            // state, so the session records that the setting now differs between the connections.
            if (!userVariables.isEmpty()) {
                effects.add(Effect.SYNCS_VARIABLES);
            }
            return new Classification(Target.BOTH, value.writeReason(), effects, userVariables, null, List.of());
        }
        if (value.writeReason() != null) {
            return userVariables.isEmpty() ? new Classification(Target.WRITER, value.writeReason())
                    : Classification.of(Target.WRITER, value.writeReason(), Effect.PINS_VARIABLES, userVariables);
        }
        if (!userVariables.isEmpty()) {
            effects.add(Effect.SYNCS_VARIABLES);
        }
        String key = value.readsVariables() ? null : String.join(",", assigned);
        return new Classification(Target.BOTH, Reason.SESSION_STATE, effects, userVariables, key, List.of());
    }

    /**
     * A SET with a GLOBAL or PERSIST assignment runs on the writer; user variables it also assigns
     * ({@code SET GLOBAL x = 1, @y = 2}) then exist there only, and so do session settings
     * ({@code SET GLOBAL x = 1, SESSION sql_select_limit = 10}): the session records that they now differ between
     * the connections. An assignment without a scope takes the last GLOBAL or SESSION keyword's. The lexer stands
     * on the global assignment.
     */
    private static Classification global(SqlLexer lexer, List<String> userVariables, boolean setsSettings,
                                         EnumSet<Effect> effects) {
        int depth = 0;
        boolean globalScope = true;
        Token before = Token.COMMA;
        for (Token t = lexer.token(); t != Token.END && t != Token.SEMICOLON; before = t, t = lexer.next()) {
            depth += t == Token.LEFT_PAREN ? 1 : t == Token.RIGHT_PAREN ? -1 : 0;
            if (depth != 0 || before != Token.COMMA) {
                continue;
            }
            Keyword k = lexer.keyword();
            if (k == Keyword.GLOBAL || k == Keyword.PERSIST || k == Keyword.PERSIST_ONLY) {
                globalScope = true;
            } else if (k == Keyword.SESSION || k == Keyword.LOCAL) {
                globalScope = false;
                setsSettings = true;
                lexer.next();
                sessionSetting(lexer, effects);
            } else if (t == Token.USER_VARIABLE && (lexer.peek() == Token.EQUALS || lexer.peek() == Token.ASSIGN)) {
                userVariables.add(lexer.lowerText());
            } else if (t == Token.SYSTEM_VARIABLE && !lexer.textEquals("global") && !lexer.textEquals("persist")
                    && !lexer.textEquals("persist_only") || t == Token.WORD && !globalScope) {
                setsSettings = true;
                sessionSetting(lexer, effects);
            }
        }
        if (setsSettings) {
            if (!userVariables.isEmpty()) {
                effects.add(Effect.SYNCS_VARIABLES);
            }
            return new Classification(Target.BOTH, Reason.WRITE_STATEMENT, effects, userVariables, null, List.of());
        }
        return userVariables.isEmpty() ? Classification.WRITE
                : Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.PINS_VARIABLES, userVariables);
    }

    /**
     * A session setting assigned on the writer alone by a SET with a GLOBAL part: its sql_mode or autocommit is
     * then not known from the value, so the session takes the safe reading.
     */
    private static void sessionSetting(SqlLexer lexer, EnumSet<Effect> effects) {
        if (SystemVariables.isSqlMode(lexer)) {
            effects.add(Effect.SQL_MODE_UNKNOWN);
        } else if (lexer.textEquals("autocommit")) {
            effects.add(Effect.AUTOCOMMIT_OFF);
        }
    }

    /**
     * Reads the variable being assigned and leaves the lexer on the token after it. Answers "@name" for user
     * variables, the lower-case name for system variables, "names" for SET NAMES / CHARACTER SET / CHARSET,
     * {@link SetValue#GLOBAL} for a global one, or null when this is no assignment the lexer understands.
     */
    private static String variableName(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        if (k == Keyword.GLOBAL || k == Keyword.PERSIST || k == Keyword.PERSIST_ONLY) {
            return SetValue.GLOBAL;
        }
        if (k == Keyword.SESSION || k == Keyword.LOCAL) {
            k = nextKeyword(lexer);
        }
        if (k == Keyword.CHARACTER && lexer.peekKeyword() == Keyword.SET) {
            lexer.next();
            k = Keyword.CHARSET;
        }
        if (k == Keyword.NAMES || k == Keyword.CHARSET) {
            lexer.next();
            return "names";
        }
        Token t = lexer.token();
        String name;
        if (t == Token.USER_VARIABLE) {
            name = "@" + lexer.lowerText();
        } else if (t == Token.SYSTEM_VARIABLE) {
            if (lexer.textEquals("global") || lexer.textEquals("persist") || lexer.textEquals("persist_only")) {
                return SetValue.GLOBAL;
            }
            if ((lexer.textEquals("session") || lexer.textEquals("local")) && lexer.peek() == Token.DOT) {
                lexer.next();
                lexer.next();
            }
            name = lexer.token() == Token.END ? null : lexer.lowerText();
        } else if (t == Token.WORD || t == Token.QUOTED_NAME) {
            name = lexer.lowerText();
        } else {
            return null;
        }
        lexer.next();
        return SetValue.canonical(name);
    }

    /**
     * The session settings (not user variables) that the statements of {@code sql} change: "use" for USE, the
     * lower-case name of each system variable a SET assigns, "names" for SET NAMES / CHARACTER SET, "transaction"
     * for SET SESSION TRANSACTION. Used on the rare path where such a statement ran on the writer only.
     */
    static List<String> settingsChanged(String sql, SqlMode mode) {
        List<String> settings = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql, mode);
        for (Token t = lexer.next(); t != Token.END; t = lexer.next()) {
            if (lexer.is(Keyword.USE)) {
                settings.add("use");
            } else if (lexer.is(Keyword.SET)) {
                lexer.next();
                settingsOfOneSet(lexer, settings);
            }
            while (lexer.token() != Token.SEMICOLON && lexer.token() != Token.END) {
                lexer.next();
            }
            if (lexer.token() == Token.END) {
                break;
            }
        }
        return settings;
    }

    private static void settingsOfOneSet(SqlLexer lexer, List<String> settings) {
        boolean globalScope = false;
        while (true) {
            Keyword k = lexer.keyword();
            if (k == Keyword.GLOBAL || k == Keyword.PERSIST || k == Keyword.PERSIST_ONLY) {
                globalScope = true;
                lexer.next();
            } else if (k == Keyword.SESSION || k == Keyword.LOCAL) {
                globalScope = false;
            }
            // Unscoped names follow the last GLOBAL or SESSION keyword; @@name and @@session.name are the session's.
            boolean unscopedWord = lexer.token() == Token.WORD || lexer.token() == Token.QUOTED_NAME;
            boolean globalPrefix = lexer.token() == Token.SYSTEM_VARIABLE && (lexer.textEquals("global")
                    || lexer.textEquals("persist") || lexer.textEquals("persist_only"));
            String name = globalPrefix ? SetValue.GLOBAL : variableName(lexer);
            if (name == null) {
                return;
            }
            if (!name.equals(SetValue.GLOBAL) && !name.startsWith("@") && !name.equals("gtid_next")
                    && !(globalScope && unscopedWord)) {
                settings.add(name);
            }
            int depth = 0;
            for (Token t = lexer.token(); t != Token.END && t != Token.SEMICOLON && !(t == Token.COMMA && depth == 0);
                    t = lexer.next()) {
                depth += t == Token.LEFT_PAREN ? 1 : t == Token.RIGHT_PAREN ? -1 : 0;
            }
            if (lexer.token() != Token.COMMA) {
                return;
            }
            lexer.next();
        }
    }

    private static Keyword nextKeyword(SqlLexer lexer) {
        lexer.next();
        return lexer.keyword();
    }
}
