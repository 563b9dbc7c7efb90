package io.repmysql.driver.routing;

import java.util.List;

/**
 * The routing state of one logical connection: transaction, read-only flag, temporary tables and the session
 * statements to replay on a physical connection opened later. Not thread-safe, like the connection it serves.
 */
public final class RoutingSession {

    /** Where {@code sql} runs if it is executed now. Does not change the state. */
    public RouteDecision route(String sql) {
        return new RouteDecision(Target.WRITER, Reason.UNCLASSIFIED);
    }

    /** {@code sql} ran successfully: track transactions, temporary tables and session state it changed. */
    public void executed(String sql) {
    }

    /** {@code Connection.setAutoCommit} succeeded. */
    public void autoCommitChanged(boolean autoCommit) {
    }

    /** {@code Connection.setReadOnly} succeeded. */
    public void readOnlyChanged(boolean readOnly) {
    }

    /** {@code Connection.commit()} or {@code rollback()} ended the transaction. */
    public void transactionEnded() {
    }

    /** True inside a transaction (autocommit off, or after BEGIN / START TRANSACTION). */
    public boolean inTransaction() {
        return false;
    }

    /** The session statements (Target.BOTH) to run, in order, on a physical connection opened now. */
    public List<String> replayStatements() {
        return List.of();
    }
}
