package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The autocommit and read-only modes each physical connection was given, so a change of mode reaches a connection
 * only when a statement next runs there. A pool or a transaction manager switches these around every borrowed
 * transaction, and a transaction as a rule uses one of the two connections: sending each switch to both would cost
 * round trips per transaction that Connector/J alone does not. Every statement on a physical connection is preceded
 * by what is pending there, so each server sees what it saw before, less the switches around transactions its
 * connection took no part in.
 */
final class PhysicalModes {

    private final ConnectionSettings settings;
    private boolean writerAutoCommit = true;
    private boolean readerAutoCommit = true;
    private boolean writerReadOnly;
    private boolean readerReadOnly;
    /** The writer's modes differ from the logical connection's; kept apart so a statement checks one field. */
    private boolean writerPending;
    private boolean readerPending;

    PhysicalModes(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** A connection was just opened with the logical connection's settings. */
    void opened(boolean writer) {
        if (writer) {
            writerAutoCommit = settings.autoCommit();
            writerReadOnly = settings.readOnly();
            writerPending = false;
        } else {
            readerAutoCommit = settings.autoCommit();
            readerReadOnly = settings.readOnly();
            readerPending = false;
        }
    }

    /** True when the writer still has to be given the logical connection's modes before its next statement. */
    boolean writerPending() {
        return writerPending;
    }

    boolean readerPending() {
        return readerPending;
    }

    /** Gives {@code connection} the logical connection's modes before a statement runs on it. */
    void apply(Connection connection, boolean writer) throws SQLException {
        boolean autoCommit = settings.autoCommit();
        boolean readOnly = settings.readOnly();
        if ((writer ? writerReadOnly : readerReadOnly) != readOnly) {
            connection.setReadOnly(readOnly);
            if (writer) {
                writerReadOnly = readOnly;
            } else {
                readerReadOnly = readOnly;
            }
        }
        if ((writer ? writerAutoCommit : readerAutoCommit) != autoCommit) {
            connection.setAutoCommit(autoCommit);
            if (writer) {
                writerAutoCommit = autoCommit;
            } else {
                readerAutoCommit = autoCommit;
            }
        }
        if (writer) {
            writerPending = false;
        } else {
            readerPending = false;
        }
    }

    /**
     * {@code setAutoCommit(on)} on the logical connection, before its settings change; {@code writer} and
     * {@code reader} are the open connections (or null). Off is deferred to each connection's next statement. On
     * goes now where off had reached, because there it commits, as JDBC says. Unchanged goes now to each open
     * connection, as Connector/J sends it: the application may have changed the mode with SQL meanwhile.
     */
    void changeAutoCommit(boolean on, Connection writer, Connection reader) throws SQLException {
        boolean unchanged = on == settings.autoCommit();
        if (!unchanged && !on) {
            writerPending |= writerAutoCommit;
            readerPending |= readerAutoCommit;
            return;
        }
        SQLException failure = null;
        if (writer != null && (unchanged || !writerAutoCommit)) {
            try {
                writer.setAutoCommit(on);
                writerAutoCommit = on;
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (reader != null && (unchanged || !readerAutoCommit)) {
            try {
                reader.setAutoCommit(on);
                readerAutoCommit = on;
            } catch (SQLException e) {
                failure = chain(failure, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        // Off never reached a connection that ran nothing since: it has nothing left to switch.
        writerAutoCommit = on;
        readerAutoCommit = on;
        writerPending = writerReadOnly != settings.readOnly();
        readerPending = readerReadOnly != settings.readOnly();
    }

    /**
     * {@code setReadOnly(readOnly)} on the logical connection, before its settings change. A change waits for each
     * connection's next statement (a transaction takes its access mode when it starts, so that is soon enough);
     * unchanged goes now to each open connection, as Connector/J sends it.
     */
    void changeReadOnly(boolean readOnly, Connection writer, Connection reader) throws SQLException {
        if (readOnly != settings.readOnly()) {
            writerPending = writerReadOnly != readOnly || writerAutoCommit != settings.autoCommit();
            readerPending = readerReadOnly != readOnly || readerAutoCommit != settings.autoCommit();
            return;
        }
        SQLException failure = null;
        if (writer != null) {
            try {
                writer.setReadOnly(readOnly);
                writerReadOnly = readOnly;
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (reader != null) {
            try {
                reader.setReadOnly(readOnly);
                readerReadOnly = readOnly;
            } catch (SQLException e) {
                failure = chain(failure, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException chain(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
