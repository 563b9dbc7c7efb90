package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;

/**
 * System variables whose value describes this session's own work on the server it ran on: the last id it
 * generated, the last GTID it committed, whether it is in a transaction, the warnings of its previous statement.
 * Read on a replica they answer for a different session.
 */
final class SystemVariables {

    private SystemVariables() {
    }

    /**
     * The lexer stands on a system variable; a {@code session.} or {@code local.} scope prefix is read too.
     * {@link Reason#SESSION_FUNCTION} for the primary's own values, {@link Reason#PREVIOUS_STATEMENT} for the
     * counts describing the previous statement, null for the rest.
     */
    static Reason reason(SqlLexer lexer) {
        if ((lexer.textEquals("session") || lexer.textEquals("local")) && lexer.peek() == Token.DOT) {
            lexer.next();
            lexer.next();
        }
        if (lexer.textEquals("identity") || lexer.textEquals("last_insert_id") || lexer.textEquals("insert_id")
                || lexer.textEquals("last_gtid") || lexer.textEquals("in_transaction")
                || lexer.textEquals("pseudo_thread_id")) {
            return Reason.SESSION_FUNCTION;
        }
        if (lexer.textEquals("warning_count") || lexer.textEquals("error_count")) {
            return Reason.PREVIOUS_STATEMENT;
        }
        return null;
    }

    /**
     * The lexer stands on a system variable: true for a server's own global value ({@code @@global.x}, and
     * {@code @@server_id}, {@code @@hostname}, {@code @@read_only}… whose value differs between the primary and a
     * replica). Stored in a user variable on both connections, it would hold two values. Leaves the lexer on the
     * {@code global} prefix when there is one.
     */
    static boolean perServer(SqlLexer lexer) {
        if (lexer.textEquals("global") && lexer.peek() == Token.DOT) {
            return true;
        }
        return lexer.textEquals("server_id") || lexer.textEquals("server_uuid") || lexer.textEquals("hostname")
                || lexer.textEquals("read_only") || lexer.textEquals("super_read_only") || lexer.textEquals("port")
                || lexer.textEquals("gtid_executed") || lexer.textEquals("gtid_purged")
                || lexer.textEquals("gtid_binlog_pos") || lexer.textEquals("gtid_current_pos")
                || lexer.textEquals("gtid_slave_pos") || lexer.textEquals("report_host");
    }

    /** The lexer stands on a system variable: true for {@code @@sql_mode}, {@code @@session.sql_mode}. */
    static boolean isSqlMode(SqlLexer lexer) {
        if ((lexer.textEquals("session") || lexer.textEquals("local")) && lexer.peek() == Token.DOT) {
            lexer.next();
            lexer.next();
        }
        return lexer.textEquals("sql_mode");
    }
}
