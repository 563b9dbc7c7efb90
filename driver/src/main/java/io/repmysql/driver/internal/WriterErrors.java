package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.SqlStates;

/**
 * The errors a lost writer (HAProxy's write port, the primary) produces. Each carries SQLState class 08 and the
 * physical driver's exception as its cause, and says in plain words what happened to the statement — never sent,
 * or sent with an unknown outcome — and what to do, because that decides whether retrying is safe.
 */
final class WriterErrors {

    /** The standard SQLState for a commit whose connection broke before its answer arrived. */

    private WriterErrors() {
    }

    /** The writer could not be opened: nothing reached the primary. */
    static SQLException notOpened(RepMySqlUrl url, SQLException cause) {
        return new SQLTransientConnectionException(writer(url) + "could not be opened: nothing was sent: safe to retry",
                SqlStates.UNABLE_TO_CONNECT, cause);
    }

    /** The writer was known broken before the statement was sent (outside a transaction that used it). */
    static SQLException brokenBeforeSend(RepMySqlUrl url, SQLException cause) {
        return new SQLTransientConnectionException(writer(url) + "was already broken: nothing was sent: safe to "
                + "retry; the next statement opens a new connection", SqlStates.CONNECTION_DOES_NOT_EXIST, cause);
    }

    /** An autocommit write (or a statement that commits by itself) was sent and no answer came. */
    static SQLException writeOutcomeUnknown(RepMySqlUrl url, SQLException cause) {
        return new SQLNonTransientConnectionException(writer(url) + "broke after the write was sent: the outcome is "
                + "unknown: the write may or may not have been applied: check before retrying",
                SqlStates.TRANSACTION_RESOLUTION_UNKNOWN, cause);
    }

    /** COMMIT was sent and no answer came. */
    static SQLException commitOutcomeUnknown(RepMySqlUrl url, SQLException cause) {
        return new SQLNonTransientConnectionException(writer(url) + "broke after COMMIT was sent: the outcome is "
                + "unknown: the transaction may or may not have been committed: check before retrying",
                SqlStates.TRANSACTION_RESOLUTION_UNKNOWN, cause);
    }

    /** A statement that changes no data lost the writer. */
    static SQLException readInterrupted(RepMySqlUrl url, SQLException cause) {
        return new SQLTransientConnectionException(writer(url) + "broke during a statement that changes no data: "
                + "nothing was changed: safe to retry", SqlStates.COMMUNICATION_LINK_FAILURE, cause);
    }

    /** The writer broke inside a transaction: the server rolls back what the transaction did. */
    static SQLException transactionLost(RepMySqlUrl url, boolean statementSent, SQLException cause) {
        return new SQLNonTransientConnectionException(writer(url) + "was lost during the transaction: the server "
                + "rolled the transaction back, so none of its changes were committed"
                + (statementSent ? "" : "; this statement was not sent")
                + "; call rollback(), then run the whole transaction again",
                statementSent ? SqlStates.COMMUNICATION_LINK_FAILURE : SqlStates.CONNECTION_DOES_NOT_EXIST, cause);
    }

    /** A statement after a lost transaction, before the application ended it. */
    static SQLException transactionStillLost(RepMySqlUrl url) {
        return new SQLNonTransientConnectionException(url.name() + ": the transaction was lost with the connection to"
                + " the writer " + address(url) + " and rolled back by the server: this statement was not sent; call "
                + "rollback(), then run the whole transaction again", SqlStates.CONNECTION_DOES_NOT_EXIST);
    }

    /** COMMIT of a transaction that was lost with the writer: nothing to commit, and it must not look committed. */
    static SQLException nothingCommitted(RepMySqlUrl url) {
        return new SQLNonTransientConnectionException(url.name() + ": COMMIT was not sent: the transaction was lost "
                + "with the connection to the writer " + address(url) + " and rolled back by the server, so nothing "
                + "was committed; run the whole transaction again (the connection is usable)",
                SqlStates.CONNECTION_DOES_NOT_EXIST);
    }

    /** A read-only connection's write, meant for the replica to refuse, found no reader: it goes nowhere. */
    static SQLException readOnlyWithoutReader(RepMySqlUrl url, SQLException cause) {
        return new SQLTransientConnectionException(url.name() + ": the read port " + url.readerAddress()
                + " is unavailable and this connection is read-only: the write was not sent (a read-only connection "
                + "never sends writes to the primary); retry when a replica is back, or use a read-write connection",
                SqlStates.UNABLE_TO_CONNECT, cause);
    }

    private static String writer(RepMySqlUrl url) {
        return url.name() + ": the connection to the writer " + address(url) + " ";
    }

    private static String address(RepMySqlUrl url) {
        return RepMySqlUrl.hostPort(url.host(), url.writePort());
    }
}
