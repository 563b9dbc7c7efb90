package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.EnumSet;
import java.util.List;

/**
 * Statements that open, end or characterise a transaction: BEGIN, START TRANSACTION, COMMIT, ROLLBACK,
 * SAVEPOINT, RELEASE SAVEPOINT, XA, SET [SESSION] TRANSACTION. They are classified for the writer; the session
 * moves them to the transaction's connection.
 */
final class TransactionStatements {

    private static final Classification CONTROL = new Classification(Target.WRITER, Reason.TRANSACTION_CONTROL);
    private static final Classification ROLLBACK = new Classification(Target.WRITER, Reason.TRANSACTION_CONTROL,
            EnumSet.of(Effect.END_TRANSACTION, Effect.ROLLBACK), List.of(), null, List.of());
    private static final Classification PLAIN_ROLLBACK = new Classification(Target.WRITER,
            Reason.TRANSACTION_CONTROL, EnumSet.of(Effect.END_TRANSACTION, Effect.ROLLBACK,
            Effect.COMPLETION_TYPE_DECIDES), List.of(), null, List.of());
    private static final Classification PLAIN_COMMIT = new Classification(Target.WRITER,
            Reason.TRANSACTION_CONTROL, EnumSet.of(Effect.END_TRANSACTION, Effect.COMPLETION_TYPE_DECIDES),
            List.of(), null, List.of());

    private TransactionStatements() {
    }

    /** The lexer stands on BEGIN, START, COMMIT, ROLLBACK, SAVEPOINT, RELEASE or XA. */
    static Classification classify(SqlLexer lexer) {
        Keyword first = lexer.keyword();
        lexer.next();
        switch (first) {
            case BEGIN -> {
                Token t = lexer.token();
                boolean transaction = t == Token.END || t == Token.SEMICOLON || lexer.is(Keyword.WORK);
                return transaction ? control(Effect.BEGIN) : Classification.WRITE;
            }
            case START -> {
                if (!lexer.is(Keyword.TRANSACTION)) {
                    return Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT,
                            List.of());
                }
                Boolean readOnly = accessMode(lexer);
                return control(readOnly == null ? Effect.BEGIN
                        : readOnly ? Effect.BEGIN_READ_ONLY : Effect.BEGIN_READ_WRITE);
            }
            case COMMIT, ROLLBACK -> {
                return end(lexer, first == Keyword.ROLLBACK);
            }
            case XA -> {
                Keyword verb = lexer.keyword();
                if (verb == Keyword.START || verb == Keyword.BEGIN) {
                    return control(Effect.BEGIN_READ_WRITE);
                }
                return verb == Keyword.COMMIT || verb == Keyword.ROLLBACK ? control(Effect.END_TRANSACTION) : CONTROL;
            }
            default -> {
                return CONTROL;
            }
        }
    }

    /** COMMIT/ROLLBACK [WORK] [AND [NO] CHAIN] [[NO] RELEASE], ROLLBACK [WORK] TO [SAVEPOINT] name. */
    private static Classification end(SqlLexer lexer, boolean rollback) {
        if (lexer.is(Keyword.WORK)) {
            lexer.next();
        }
        if (lexer.is(Keyword.TO)) {
            return CONTROL;
        }
        if (lexer.is(Keyword.AND)) {
            lexer.next();
            if (lexer.is(Keyword.CHAIN)) {
                return CONTROL;
            }
            return rollback ? ROLLBACK : control(Effect.END_TRANSACTION);
        }
        return rollback ? PLAIN_ROLLBACK : PLAIN_COMMIT;
    }

    /**
     * SET [SESSION] TRANSACTION characteristics; the lexer stands on TRANSACTION. The session form is session
     * state; the bare form characterises the next transaction only (see {@link SetStatements}).
     */
    static Classification setCharacteristics(SqlLexer lexer, boolean nextOnly) {
        boolean isolation = false;
        Boolean readOnly = null;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (lexer.is(Keyword.ISOLATION)) {
                isolation = true;
            } else if (lexer.is(Keyword.READ) && lexer.peekKeyword() == Keyword.ONLY) {
                readOnly = Boolean.TRUE;
            } else if (lexer.is(Keyword.READ) && lexer.peekKeyword() == Keyword.WRITE) {
                readOnly = Boolean.FALSE;
            }
        }
        if (nextOnly) {
            return control(readOnly == null ? Effect.NEXT_TRANSACTION
                    : readOnly ? Effect.NEXT_TRANSACTION_READ_ONLY : Effect.NEXT_TRANSACTION_READ_WRITE);
        }
        if (!isolation && readOnly == null) {
            return Classification.UNCLASSIFIED;
        }
        EnumSet<Effect> effects = EnumSet.noneOf(Effect.class);
        if (readOnly != null) {
            effects.add(readOnly ? Effect.SESSION_READ_ONLY : Effect.SESSION_READ_WRITE);
        }
        String key = isolation && readOnly != null ? "transaction_isolation,transaction_read_only"
                : isolation ? "transaction_isolation" : "transaction_read_only";
        return new Classification(Target.BOTH, Reason.SESSION_STATE, effects, List.of(), key, List.of());
    }

    /**
     * {@code SET @@transaction_read_only = …} / {@code @@transaction_isolation = …}, classified as the session
     * assignment {@code session}: the same, for the next transaction only. Several assignments in one SET stay
     * what they were.
     */
    static Classification nextTransaction(Classification session) {
        if (session.target() != Target.BOTH || session.replayKey() == null || session.replayKey().contains(",")) {
            return session;
        }
        return control(session.has(Effect.SESSION_READ_ONLY) ? Effect.NEXT_TRANSACTION_READ_ONLY
                : session.has(Effect.SESSION_READ_WRITE) ? Effect.NEXT_TRANSACTION_READ_WRITE
                : Effect.NEXT_TRANSACTION);
    }

    /** READ ONLY → true, READ WRITE → false, neither → null; scans to the end of the statement. */
    private static Boolean accessMode(SqlLexer lexer) {
        Boolean readOnly = null;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (lexer.is(Keyword.READ) && lexer.peekKeyword() == Keyword.ONLY) {
                readOnly = Boolean.TRUE;
            } else if (lexer.is(Keyword.READ) && lexer.peekKeyword() == Keyword.WRITE) {
                readOnly = Boolean.FALSE;
            }
        }
        return readOnly;
    }

    private static Classification control(Effect effect) {
        return Classification.of(Target.WRITER, Reason.TRANSACTION_CONTROL, effect, List.of());
    }
}
