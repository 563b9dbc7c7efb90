package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.EnumSet;
import java.util.List;

/**
 * SQL-level prepared statements. They live in the session that prepared them, so PREPARE, EXECUTE and DEALLOCATE
 * all run on the writer. PREPARE … FROM 'text' is classified with its text, so EXECUTE later does what the text
 * does (pins the variables of a SELECT … INTO, creates a temporary table…); text from a variable is unknown, and
 * its EXECUTE makes the session state unknown.
 */
final class PreparedStatements {

    private static final Classification UNKNOWN =
            Classification.of(Target.WRITER, Reason.PREPARED_STATEMENT, Effect.OPAQUE, List.of());

    private PreparedStatements() {
    }

    /** The lexer stands on PREPARE, EXECUTE or DEALLOCATE. */
    static Classification classify(SqlLexer lexer) {
        Keyword first = lexer.keyword();
        lexer.next();
        if (first == Keyword.DEALLOCATE) {
            lexer.next();
            return deallocate(lexer);
        }
        if (first == Keyword.EXECUTE && lexer.is(Keyword.IMMEDIATE)) {
            lexer.next();
            Classification text = text(lexer, true);
            return text == null ? UNKNOWN : new Classification(Target.WRITER, Reason.PREPARED_STATEMENT,
                    EnumSet.of(Effect.EXECUTE), List.of(), null, List.of(text));
        }
        String name = name(lexer);
        if (name == null) {
            return UNKNOWN;
        }
        if (first == Keyword.EXECUTE) {
            return Classification.of(Target.WRITER, Reason.PREPARED_STATEMENT, Effect.EXECUTE, List.of(name));
        }
        lexer.next();
        if (!lexer.is(Keyword.FROM)) {
            return UNKNOWN;
        }
        lexer.next();
        Classification text = text(lexer, false);
        return new Classification(Target.WRITER, Reason.PREPARED_STATEMENT, EnumSet.of(Effect.PREPARE),
                List.of(name), null, text == null ? List.of() : List.of(text));
    }

    /** DEALLOCATE PREPARE name, DROP PREPARE name: the lexer stands on the name. */
    static Classification deallocate(SqlLexer lexer) {
        String name = name(lexer);
        return name == null ? UNKNOWN
                : Classification.of(Target.WRITER, Reason.PREPARED_STATEMENT, Effect.DEALLOCATE, List.of(name));
    }

    private static String name(SqlLexer lexer) {
        return lexer.token() == Token.WORD || lexer.token() == Token.QUOTED_NAME ? lexer.lowerText() : null;
    }

    /**
     * A literal text, classified in the session's mode; null for anything else (a variable, an expression).
     * {@code using}: EXECUTE IMMEDIATE, whose parameters may follow the text.
     */
    private static Classification text(SqlLexer lexer, boolean using) {
        if (lexer.token() != Token.STRING) {
            return null;
        }
        Token after = lexer.peek();
        if (after != Token.END && after != Token.SEMICOLON && !(using && lexer.peekKeyword() == Keyword.USING)) {
            return null;
        }
        return StatementClassifier.classifyUncached(lexer.unquotedText(), lexer.mode());
    }
}
