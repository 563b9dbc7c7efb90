package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * CREATE, DROP, ALTER, RENAME, LOCK, UNLOCK and FLUSH: writes that commit an open transaction, except the
 * temporary-table forms, which the session tracks by name (created, renamed, dropped) because a temporary table
 * exists only on the connection that created it. UNLOCK TABLES commits only when LOCK TABLES was active, which
 * the session knows; FLUSH TABLES … WITH READ LOCK locks like LOCK TABLES.
 */
final class SchemaStatements {

    private static final Classification IMPLICIT_COMMIT =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());

    private SchemaStatements() {
    }

    private static final Classification UNLOCK_TABLES =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.UNLOCK_TABLES, List.of());

    /** The lexer stands on CREATE, DROP, ALTER, RENAME, LOCK, UNLOCK or FLUSH. */
    static Classification classify(SqlLexer lexer) {
        Keyword first = lexer.keyword();
        lexer.next();
        return switch (first) {
            case CREATE -> create(lexer);
            case DROP -> lexer.is(Keyword.PREPARE) ? PreparedStatements.deallocate(next(lexer)) : drop(lexer);
            case ALTER -> alter(lexer);
            case RENAME -> rename(lexer);
            case LOCK -> lexer.is(Keyword.TABLE) || lexer.is(Keyword.TABLES)
                    ? twoEffects(Effect.LOCK_TABLES) : IMPLICIT_COMMIT;
            case FLUSH -> flush(lexer);
            default -> lexer.is(Keyword.TABLE) || lexer.is(Keyword.TABLES) ? UNLOCK_TABLES : IMPLICIT_COMMIT;
        };
    }

    private static SqlLexer next(SqlLexer lexer) {
        lexer.next();
        return lexer;
    }

    /** RENAME TABLE a TO b [, c TO d]: the pairs, so a renamed temporary table stays tracked. */
    private static Classification rename(SqlLexer lexer) {
        if (!lexer.is(Keyword.TABLE) && !lexer.is(Keyword.TABLES)) {
            return IMPLICIT_COMMIT;
        }
        lexer.next();
        List<String> pairs = new ArrayList<>();
        while (true) {
            String from = tableName(lexer);
            if (from == null || !lexer.is(Keyword.TO)) {
                break;
            }
            lexer.next();
            String to = tableName(lexer);
            if (to == null) {
                break;
            }
            pairs.add(from);
            pairs.add(to);
            if (lexer.token() != Token.COMMA) {
                break;
            }
            lexer.next();
        }
        return renames(pairs);
    }

    /** ALTER TABLE a … RENAME [TO | AS] b; any other ALTER. */
    private static Classification alter(SqlLexer lexer) {
        if (!lexer.is(Keyword.TABLE)) {
            return IMPLICIT_COMMIT;
        }
        lexer.next();
        String from = tableName(lexer);
        for (Token t = lexer.token(); from != null && t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (!lexer.is(Keyword.RENAME)) {
                continue;
            }
            lexer.next();
            if (lexer.is(Keyword.TO) || lexer.is(Keyword.AS)) {
                lexer.next();
            }
            if (lexer.is(Keyword.COLUMN) || lexer.is(Keyword.INDEX) || lexer.is(Keyword.KEY)
                    || lexer.is(Keyword.CONSTRAINT)) {
                continue;
            }
            String to = tableName(lexer);
            return to == null ? IMPLICIT_COMMIT : renames(List.of(from, to));
        }
        return IMPLICIT_COMMIT;
    }

    private static Classification renames(List<String> pairs) {
        return pairs.isEmpty() ? IMPLICIT_COMMIT : new Classification(Target.WRITER, Reason.WRITE_STATEMENT,
                EnumSet.of(Effect.RENAME_TABLES, Effect.IMPLICIT_COMMIT), pairs, null, List.of());
    }

    /**
     * FLUSH TABLES WITH READ LOCK holds the global read lock (released by UNLOCK TABLES without a commit);
     * FLUSH TABLES a, b WITH READ LOCK and FLUSH TABLES a FOR EXPORT lock those tables like LOCK TABLES.
     */
    private static Classification flush(SqlLexer lexer) {
        if (lexer.is(Keyword.NO_WRITE_TO_BINLOG) || lexer.is(Keyword.LOCAL)) {
            lexer.next();
        }
        if (!lexer.is(Keyword.TABLE) && !lexer.is(Keyword.TABLES)) {
            return IMPLICIT_COMMIT;
        }
        boolean named = false;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if ((lexer.is(Keyword.WITH) && lexer.peekKeyword() == Keyword.READ)
                    || (lexer.is(Keyword.FOR) && lexer.peekKeyword() == Keyword.EXPORT)) {
                return twoEffects(named ? Effect.LOCK_TABLES : Effect.GLOBAL_READ_LOCK);
            }
            named |= t == Token.WORD || t == Token.QUOTED_NAME;
        }
        return IMPLICIT_COMMIT;
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

    /** [db.]name, also "name": the lower-case last part, leaving the lexer after it; null when no name follows. */
    private static String tableName(SqlLexer lexer) {
        String name = null;
        // A double-quoted name is a string unless ANSI_QUOTES: taken as a name anyway, the safe reading.
        while (lexer.token() == Token.WORD || lexer.token() == Token.QUOTED_NAME || lexer.token() == Token.STRING) {
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
