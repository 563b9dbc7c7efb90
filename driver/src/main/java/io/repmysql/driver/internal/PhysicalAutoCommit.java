package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The autocommit mode each physical connection was given, so switching it off reaches a connection only when a
 * statement next runs there. A pool or a transaction manager switches autocommit off and on around every borrowed
 * transaction, and a transaction as a rule uses one of the two connections: sending both switches to both would
 * cost two round trips per transaction that Connector/J alone does not. Every statement on a physical connection is
 * preceded by what is pending there, so each server sees what it saw before, less the switches around transactions
 * its connection took no part in.
 */
final class PhysicalAutoCommit {

    private final ConnectionSettings settings;
    private boolean writerOn = true;
    private boolean readerOn = true;

    PhysicalAutoCommit(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** A connection was just opened with the logical connection's settings. */
    void opened(boolean writer) {
        if (writer) {
            writerOn = settings.autoCommit();
        } else {
            readerOn = settings.autoCommit();
        }
    }

    /** True when the writer still has to be given the logical connection's mode before its next statement. */
    boolean writerPending() {
        return writerOn != settings.autoCommit();
    }

    boolean readerPending() {
        return readerOn != settings.autoCommit();
    }

    /** Gives {@code connection} the logical connection's mode before a statement runs on it. */
    void apply(Connection connection, boolean writer) throws SQLException {
        boolean on = settings.autoCommit();
        connection.setAutoCommit(on);
        if (writer) {
            writerOn = on;
        } else {
            readerOn = on;
        }
    }

    /**
     * {@code setAutoCommit(on)} on the logical connection, before its settings change; {@code writer} and
     * {@code reader} are the open connections (or null). Off is deferred to each connection's next statement. On
     * goes now where off had reached, because there it commits, as JDBC says. Unchanged goes now to each open
     * connection, as Connector/J sends it: the application may have changed the mode with SQL meanwhile.
     */
    void change(boolean on, Connection writer, Connection reader) throws SQLException {
        boolean unchanged = on == settings.autoCommit();
        if (!unchanged && !on) {
            return;
        }
        SQLException failure = null;
        if (writer != null && (unchanged || !writerOn)) {
            try {
                writer.setAutoCommit(on);
                writerOn = on;
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (reader != null && (unchanged || !readerOn)) {
            try {
                reader.setAutoCommit(on);
                readerOn = on;
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
