package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.List;

/**
 * SHOW, DESCRIBE/DESC/EXPLAIN and HELP: reads of metadata, except where the answer describes the primary
 * (binary log, replication status), the previous statement on this connection (warnings, errors, profiles) or
 * another connection by its id.
 */
final class InspectionStatements {

    private static final Classification REPLICATION_STATUS =
            new Classification(Target.WRITER, Reason.REPLICATION_STATUS);
    private static final Classification CONNECTION_BOUND =
            new Classification(Target.WRITER, Reason.SESSION_FUNCTION);
    static final Classification PREVIOUS_STATEMENT =
            Classification.of(Target.WRITER, Reason.PREVIOUS_STATEMENT, Effect.FOLLOWS_PREVIOUS, List.of());

    private InspectionStatements() {
    }

    /** The lexer stands on SHOW. */
    static Classification show(SqlLexer lexer) {
        lexer.next();
        Keyword k = lexer.keyword();
        if (k == Keyword.SESSION || k == Keyword.LOCAL) {
            lexer.next();
            k = lexer.keyword();
        }
        if (k == null && lexer.textEquals("variables")) {
            return VariableListings.variables(lexer);
        }
        if (k == null) {
            return lexer.token() == Token.END ? Classification.UNCLASSIFIED : Classification.READ;
        }
        return switch (k) {
            case MASTER, BINARY, BINLOG, REPLICA, REPLICAS, SLAVE -> REPLICATION_STATUS;
            case ALL -> lexer.peekKeyword() == Keyword.SLAVES || lexer.peekKeyword() == Keyword.REPLICAS
                    ? REPLICATION_STATUS : Classification.READ;
            case WARNINGS, ERRORS, COUNT, PROFILE, PROFILES -> PREVIOUS_STATEMENT;
            case STATUS -> VariableListings.status(lexer);
            // SHOW EXPLAIN / ANALYZE FOR <connection id>: ids are per server; the application's are the primary's.
            case EXPLAIN, ANALYZE -> CONNECTION_BOUND;
            default -> Classification.READ;
        };
    }

    /**
     * The lexer stands on DESCRIBE, DESC or EXPLAIN. Of a table: a read. Of a statement: what that statement is,
     * because EXPLAIN ANALYZE runs it, and a plan of an UPDATE is the primary's business anyway.
     */
    static Classification explain(SqlLexer lexer) {
        lexer.next();
        skipOptions(lexer);
        Token t = lexer.token();
        if (t == Token.END || t == Token.SEMICOLON) {
            return Classification.UNCLASSIFIED;
        }
        Keyword k = lexer.keyword();
        if (t == Token.LEFT_PAREN || k == Keyword.SELECT || k == Keyword.WITH || k == Keyword.TABLE
                || k == Keyword.VALUES) {
            return ReadScanner.scan(lexer);
        }
        if (k != null && k.role() != Keyword.Role.NONE && k.role() != Keyword.Role.PER_SERVER_VALUE
                || k == Keyword.FOR) {
            return Classification.WRITE;
        }
        return t == Token.WORD || t == Token.QUOTED_NAME ? ReadScanner.body(lexer) : Classification.UNCLASSIFIED;
    }

    /** FORMAT = JSON, ANALYZE, EXTENDED, PARTITIONS. */
    private static void skipOptions(SqlLexer lexer) {
        while (true) {
            if (lexer.is(Keyword.FORMAT) && lexer.peek() == Token.EQUALS) {
                lexer.next();
                lexer.next();
                lexer.next();
            } else if (lexer.is(Keyword.ANALYZE) || lexer.is(Keyword.EXTENDED) || lexer.is(Keyword.PARTITIONS)) {
                lexer.next();
            } else {
                return;
            }
        }
    }
}
