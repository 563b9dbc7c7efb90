package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The autocommit, read-only and isolation modes each physical connection was given, so a change of mode reaches a
 * connection only when a statement next runs there. A pool or a transaction manager switches these around every
 * borrowed transaction, and a transaction as a rule uses one of the two connections: sending each switch to both
 * would cost round trips per transaction that Connector/J alone does not. Every statement on a physical connection
 * is preceded by what is pending there, so each server sees what it saw before, less the switches around
 * transactions its connection took no part in. A transaction takes its access mode and isolation when it starts,
 * so just before its first statement is soon enough.
 */
final class PhysicalModes {

    private final ConnectionSettings settings;
    private final Given writer = new Given();
    private final Given reader = new Given();

    PhysicalModes(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** A connection was just opened with the logical connection's settings. */
    void opened(boolean isWriter) {
        Given given = isWriter ? writer : reader;
        given.autoCommit = settings.autoCommit();
        given.readOnly = settings.readOnly();
        given.isolation = settings.isolation();
        given.pending = false;
    }

    /** True when the writer still has to be given the logical connection's modes before its next statement. */
    boolean writerPending() {
        return writer.pending;
    }

    boolean readerPending() {
        return reader.pending;
    }

    /** Gives {@code connection} the logical connection's modes before a statement runs on it. */
    void apply(Connection connection, boolean isWriter) throws SQLException {
        Given given = isWriter ? writer : reader;
        if (given.readOnly != settings.readOnly()) {
            connection.setReadOnly(settings.readOnly());
            given.readOnly = settings.readOnly();
        }
        Integer isolation = settings.isolation();
        if (isolation != null && !isolation.equals(given.isolation)) {
            connection.setTransactionIsolation(isolation);
            given.isolation = isolation;
        }
        if (given.autoCommit != settings.autoCommit()) {
            connection.setAutoCommit(settings.autoCommit());
            given.autoCommit = settings.autoCommit();
        }
        given.pending = false;
    }

    /**
     * {@code setAutoCommit(on)} on the logical connection, before its settings change; {@code writerNow} and
     * {@code readerNow} are the open connections (or null). Off is deferred to each connection's next statement. On
     * goes now where off had reached, because there it commits, as JDBC says. Unchanged goes now to each open
     * connection, as Connector/J sends it: the application may have changed the mode with SQL meanwhile.
     */
    void changeAutoCommit(boolean on, Connection writerNow, Connection readerNow) throws SQLException {
        boolean unchanged = on == settings.autoCommit();
        if (!unchanged && !on) {
            writer.pending |= writer.autoCommit;
            reader.pending |= reader.autoCommit;
            return;
        }
        SQLException failure = autoCommitNow(on, unchanged, writerNow, writer, null);
        failure = autoCommitNow(on, unchanged, readerNow, reader, failure);
        if (failure != null) {
            throw failure;
        }
        // Off never reached a connection that ran nothing since: there is nothing left to switch on there.
        writer.autoCommit = on;
        reader.autoCommit = on;
    }

    private static SQLException autoCommitNow(boolean on, boolean unchanged, Connection connection, Given given,
                                              SQLException failure) {
        if (connection == null || (!unchanged && given.autoCommit)) {
            return failure;
        }
        try {
            connection.setAutoCommit(on);
            given.autoCommit = on;
            return failure;
        } catch (SQLException e) {
            return chain(failure, e);
        }
    }

    /**
     * {@code setReadOnly(readOnly)} on the logical connection, before its settings change: a change waits for each
     * connection's next statement; unchanged goes now to each open connection, as Connector/J sends it.
     */
    void changeReadOnly(boolean readOnly, Connection writerNow, Connection readerNow) throws SQLException {
        if (readOnly != settings.readOnly()) {
            writer.pending |= writer.readOnly != readOnly;
            reader.pending |= reader.readOnly != readOnly;
            return;
        }
        SQLException failure = readOnlyNow(readOnly, writerNow, writer, null);
        failure = readOnlyNow(readOnly, readerNow, reader, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException readOnlyNow(boolean readOnly, Connection connection, Given given,
                                            SQLException failure) {
        if (connection == null) {
            return failure;
        }
        try {
            connection.setReadOnly(readOnly);
            given.readOnly = readOnly;
            return failure;
        } catch (SQLException e) {
            return chain(failure, e);
        }
    }

    /**
     * {@code setTransactionIsolation(level)} on the logical connection, before its settings change: a change waits
     * for each connection's next statement; unchanged goes now to each open connection, as Connector/J sends it.
     */
    void changeIsolation(int level, Connection writerNow, Connection readerNow) throws SQLException {
        if (!Objects.equals(level, settings.isolation())) {
            writer.pending |= !Objects.equals(level, writer.isolation);
            reader.pending |= !Objects.equals(level, reader.isolation);
            return;
        }
        SQLException failure = isolationNow(level, writerNow, writer, null);
        failure = isolationNow(level, readerNow, reader, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException isolationNow(int level, Connection connection, Given given, SQLException failure) {
        if (connection == null) {
            return failure;
        }
        try {
            connection.setTransactionIsolation(level);
            given.isolation = level;
            return failure;
        } catch (SQLException e) {
            return chain(failure, e);
        }
    }

    private static SQLException chain(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    /** What one physical connection was given; pending when that may differ from the logical connection's. */
    private static final class Given {
        boolean autoCommit = true;
        boolean readOnly;
        /** Null: never set, the server's default. */
        Integer isolation;
        boolean pending;
    }
}
