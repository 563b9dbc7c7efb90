package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * CREATE, DROP, LOCK and UNLOCK: writes that commit an open transaction, except the temporary-table forms, which
 * the session tracks by name because a temporary table exists only on the connection that created it.
 */
final class SchemaStatements {

    private static final Classification IMPLICIT_COMMIT =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());

    private SchemaStatements() {
    }

    /** The lexer stands on CREATE, DROP, LOCK or UNLOCK. */
    static Classification classify(SqlLexer lexer) {
        Keyword first = lexer.keyword();
        lexer.next();
        return switch (first) {
            case CREATE -> create(lexer);
            case DROP -> drop(lexer);
            case LOCK -> lexer.is(Keyword.TABLE) || lexer.is(Keyword.TABLES)
                    ? twoEffects(Effect.LOCK_TABLES) : IMPLICIT_COMMIT;
            default -> lexer.is(Keyword.TABLE) || lexer.is(Keyword.TABLES)
                    ? twoEffects(Effect.UNLOCK_TABLES) : IMPLICIT_COMMIT;
        };
    }

    /** CREATE [OR REPLACE] TEMPORARY TABLE [IF NOT EXISTS] [db.]name …; any other CREATE. */
    private static Classification create(SqlLexer lexer) {
        if (lexer.is(Keyword.OR)) {
            lexer.next();
            lexer.next();
        }
        if (!lexer.is(Keyword.TEMPORARY)) {
            return IMPLICIT_COMMIT;
        }
        lexer.next();
        if (!lexer.is(Keyword.TABLE)) {
            return Classification.WRITE;
        }
        lexer.next();
        skipIfExists(lexer);
        String name = tableName(lexer);
        return name == null ? Classification.WRITE
                : Classification.of(Target.WRITER, Reason.TEMPORARY_TABLE, Effect.CREATE_TEMPORARY_TABLE,
                        List.of(name));
    }

    /** DROP [TEMPORARY] TABLE[S] [IF EXISTS] a, db.b …; any other DROP. */
    private static Classification drop(SqlLexer lexer) {
        boolean temporary = lexer.is(Keyword.TEMPORARY);
        if (temporary) {
            lexer.next();
        }
        if (!lexer.is(Keyword.TABLE) && !lexer.is(Keyword.TABLES)) {
            return temporary ? Classification.WRITE : IMPLICIT_COMMIT;
        }
        lexer.next();
        skipIfExists(lexer);
        List<String> names = new ArrayList<>();
        for (String name = tableName(lexer); name != null; name = tableName(lexer)) {
            names.add(name);
            if (lexer.token() != Token.COMMA) {
                break;
            }
            lexer.next();
        }
        EnumSet<Effect> effects = EnumSet.of(Effect.DROP_TABLES);
        if (!temporary) {
            effects.add(Effect.IMPLICIT_COMMIT);
        }
        return new Classification(Target.WRITER, temporary ? Reason.TEMPORARY_TABLE : Reason.WRITE_STATEMENT,
                effects, names, null, List.of());
    }

    private static void skipIfExists(SqlLexer lexer) {
        while (lexer.is(Keyword.IF) || lexer.is(Keyword.NOT) || lexer.is(Keyword.EXISTS)) {
            lexer.next();
        }
    }

    /** [db.]name: the lower-case last part, leaving the lexer after it; null when no name follows. */
    private static String tableName(SqlLexer lexer) {
        String name = null;
        while (lexer.token() == Token.WORD || lexer.token() == Token.QUOTED_NAME) {
            name = lexer.lowerText();
            if (lexer.next() != Token.DOT) {
                break;
            }
            lexer.next();
        }
        return name;
    }

    private static Classification twoEffects(Effect effect) {
        return new Classification(Target.WRITER, Reason.WRITE_STATEMENT, EnumSet.of(effect, Effect.IMPLICIT_COMMIT),
                List.of(), null, List.of());
    }
}
