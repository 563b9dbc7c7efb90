package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The autocommit, read-only and isolation modes each physical connection was given, so a change of mode reaches a
 * connection only when a statement next runs there. A pool or a transaction manager switches these around every
 * borrowed transaction, and a transaction as a rule uses one of the two connections: sending each switch to both
 * would cost round trips per transaction that Connector/J alone does not. Every statement on a physical connection
 * is preceded by what is pending there, so each server sees what it saw before, less the switches around
 * transactions its connection took no part in. A transaction takes its access mode and isolation when it starts,
 * so just before its first statement is soon enough.
 *
 * <p>Read-only and isolation are dirty bits, as in HikariCP's {@code ProxyConnection}: a change is sent once, before
 * the next statement, whatever the connection had, so SQL that changed them meanwhile cannot make it look unneeded.
 * Autocommit is also asked of Connector/J, which reads it from the server's status flags, for the same reason.
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
        given.readOnlyDirty = false;
        given.isolationDirty = false;
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
        if (given.readOnlyDirty) {
            connection.setReadOnly(settings.readOnly());
            given.readOnlyDirty = false;
        }
        if (given.isolationDirty) {
            connection.setTransactionIsolation(settings.isolation());
            given.isolationDirty = false;
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
     * goes now where autocommit is off, because there it commits, as JDBC says. Unchanged goes now to each open
     * connection, as Connector/J sends it.
     */
    void changeAutoCommit(boolean on, Connection writerNow, Connection readerNow) throws SQLException {
        boolean unchanged = on == settings.autoCommit();
        if (!unchanged && !on) {
            writer.pending |= writer.autoCommit;
            reader.pending |= reader.autoCommit;
            return;
        }
        // Off never reached a connection that ran nothing since, unless SQL switched it there.
        sendNow(writerNow, readerNow, (connection, given) -> {
            if (unchanged || !given.autoCommit || !connection.getAutoCommit()) {
                connection.setAutoCommit(on);
                given.autoCommit = on;
            }
        });
        writer.autoCommit = on;
        reader.autoCommit = on;
    }

    /**
     * {@code setReadOnly(readOnly)} on the logical connection, before its settings change: a change waits for each
     * connection's next statement; unchanged goes now to each open connection, as Connector/J sends it.
     */
    void changeReadOnly(boolean readOnly, Connection writerNow, Connection readerNow) throws SQLException {
        if (readOnly != settings.readOnly()) {
            markDirty(writer, true, false);
            markDirty(reader, true, false);
            return;
        }
        sendNow(writerNow, readerNow, (connection, given) -> {
            connection.setReadOnly(readOnly);
            given.readOnlyDirty = false;
        });
    }

    /**
     * {@code setTransactionIsolation(level)} on the logical connection, before its settings change: a change waits
     * for each connection's next statement; unchanged goes now to each open connection, as Connector/J sends it.
     */
    void changeIsolation(int level, Connection writerNow, Connection readerNow) throws SQLException {
        Integer current = settings.isolation();
        if (current == null || current != level) {
            markDirty(writer, false, true);
            markDirty(reader, false, true);
            return;
        }
        sendNow(writerNow, readerNow, (connection, given) -> {
            connection.setTransactionIsolation(level);
            given.isolationDirty = false;
        });
    }

    /**
     * Sends an unchanged mode now to each open connection ({@code writerNow}, {@code readerNow}, or null), as
     * Connector/J does; the first failure is thrown after both were tried.
     */
    private void sendNow(Connection writerNow, Connection readerNow, Send send) throws SQLException {
        SQLException failure = sendTo(writerNow, writer, send, null);
        failure = sendTo(readerNow, reader, send, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException sendTo(Connection connection, Given given, Send send, SQLException failure) {
        if (connection == null) {
            return failure;
        }
        try {
            send.to(connection, given);
            return failure;
        } catch (SQLException e) {
            return chain(failure, e);
        }
    }

    /** One mode sent to one physical connection, recording it in what that connection was given. */
    @FunctionalInterface
    private interface Send {
        void to(Connection connection, Given given) throws SQLException;
    }

    private static void markDirty(Given given, boolean readOnly, boolean isolation) {
        given.readOnlyDirty |= readOnly;
        given.isolationDirty |= isolation;
        given.pending = true;
    }

    private static SQLException chain(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    /** What one physical connection was given, and what it still has to be given before its next statement. */
    private static final class Given {
        boolean autoCommit = true;
        boolean readOnlyDirty;
        boolean isolationDirty;
        boolean pending;
    }
}
