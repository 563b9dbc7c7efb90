package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.repmysql.driver.ConnectorTimeouts;
import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.SqlStates;
import io.repmysql.driver.internal.cluster.Cluster;
import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * The writer and reader behind one logical connection, each opened on first use. A connection opened late gets the
 * logical connection's settings and the session statements run so far before anything else, so it is
 * indistinguishable from one opened at the start.
 */
final class PhysicalConnections {

    private static final Logger LOG = LoggerFactory.getLogger(PhysicalConnections.class);

    private final Cluster cluster;
    private final ConnectionSettings settings;
    private final RoutingSession routing;
    private final SessionConsistency consistency;
    private final PhysicalModes modes;
    private Connection writer;
    private Connection reader;
    private ServerFlavor readerFlavor;
    private SQLException lastReaderFailure;

    PhysicalConnections(Cluster cluster, ConnectionSettings settings, RoutingSession routing,
                        SessionConsistency consistency) {
        this.cluster = cluster;
        this.settings = settings;
        this.routing = routing;
        this.consistency = consistency;
        this.modes = new PhysicalModes(settings);
    }

    /**
     * The writer, opened now if needed and given the modes a statement there needs; a connection failure
     * while opening says nothing was sent. Every statement on the writer asks for it, so the open case must not
     * build the connect properties.
     */
    Connection writer() throws SQLException {
        Connection connection = writer != null ? writer : writer(cluster.url().writerProperties());
        if (modes.writerPending()) {
            applyModesToWriter(connection);
        }
        return connection;
    }

    /**
     * A deferred switch of mode is the first thing this transaction sends to the writer: when it cannot be
     * sent, nothing of the transaction is lost, and the next statement opens a new writer.
     */
    private void applyModesToWriter(Connection connection) throws SQLException {
        try {
            modes.apply(connection, true);
        } catch (SQLException e) {
            if (!ConnectionErrors.isConnectionError(e)) {
                throw e;
            }
            discardWriter();
            throw WriterErrors.brokenBeforeSend(cluster.url(), e);
        }
    }

    /** The writer, opened now if needed with a connect timeout of at most {@code timeoutMs} (0: no limit). */
    Connection writerWithin(int timeoutMs) throws SQLException {
        if (writer != null) {
            return writer;
        }
        Properties properties = cluster.url().writerProperties();
        if (timeoutMs > 0) {
            int current = cluster.url().timeouts().connectTimeoutMs();
            properties.setProperty(ConnectorTimeouts.CONNECT_TIMEOUT,
                    Integer.toString(current > 0 ? Math.min(current, timeoutMs) : timeoutMs));
        }
        return writer(properties);
    }

    private Connection writer(Properties properties) throws SQLException {
        if (writer == null) {
            try {
                openWriter(properties);
            } catch (SQLException e) {
                throw ConnectionErrors.isConnectionError(e) ? WriterErrors.notOpened(cluster.url(), e) : e;
            }
        }
        return writer;
    }

    /**
     * What getConnection checks, as Connector/J would: opens the reader, or the writer when the read port is down
     * (or backing off), so a read-only workload still opens no writer. A failure is thrown as Connector/J raised
     * it: wrong credentials (28000) from whichever answered, an unreachable cluster (08xxx) from the writer.
     */
    void openFirst() throws SQLException {
        if (reader() != null) {
            return;
        }
        SQLException readerFailure = lastReaderFailure;
        if (readerFailure != null && !ConnectionErrors.isConnectionError(readerFailure)) {
            throw readerFailure;
        }
        try {
            openWriter(cluster.url().writerProperties());
        } catch (SQLException e) {
            if (readerFailure != null) {
                e.addSuppressed(readerFailure);
            }
            throw e;
        }
    }

    private void openWriter(Properties properties) throws SQLException {
        Connection opened = open(cluster.url().writerJdbcUrl(), properties, "writer");
        try {
            if (consistency.enabled()) {
                try (Statement track = opened.createStatement()) {
                    track.execute(ServerFlavor.of(opened).trackGtidSql());
                }
            }
            prepare(opened);
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        writer = opened;
        modes.opened(true);
    }

    /**
     * The reader, opened now if needed; null when it is unreachable or backing off. One Connector/J closed after a
     * broken socket (a HAProxy restart) is replaced, or every later prepared read would fail on it.
     */
    Connection reader() {
        if (reader != null && isClosed(reader)) {
            discardReader();
        }
        if (reader == null && cluster.backoff().mayTry()) {
            RepMySqlUrl url = cluster.url();
            try {
                Connection opened = open(url.readerJdbcUrl(), url.readerProperties(), "reader");
                try {
                    if (url.readerHandshakeBoundBySocketTimeout()) {
                        opened.setNetworkTimeout(Runnable::run, url.readerSocketTimeoutMs());
                    }
                    prepare(opened);
                } catch (SQLException e) {
                    closeQuietly(opened);
                    throw e;
                }
                reader = opened;
                modes.opened(false);
                if (cluster.backoff().succeeded()) {
                    LOG.info("{}: reader {} is back, reads go to the replicas again", url.name(), url.readerAddress());
                }
            } catch (SQLException e) {
                lastReaderFailure = e;
                // Refused credentials say nothing about the read port, which other logins may use meanwhile.
                if (!isAuthorizationError(e) && cluster.backoff().failed(url.readerRetryBackoffMs())) {
                    LOG.warn("{}: reader {} unreachable, reads go to the writer; retrying after {} ms: {}",
                            url.name(), url.readerAddress(), url.readerRetryBackoffMs(), firstLine(e.getMessage()));
                }
            }
        }
        return reader;
    }

    ServerFlavor readerFlavor() throws SQLException {
        if (readerFlavor == null) {
            readerFlavor = ServerFlavor.of(reader);
        }
        return readerFlavor;
    }

    /** The open connection for {@code target}, or null. */
    Connection ifOpen(Target target) {
        return target == Target.READER ? reader : writer;
    }

    /**
     * The connection for WRITER or READER, opened if needed and ready for a statement; READER answers null when the
     * reader is unavailable.
     */
    Connection get(Target target) throws SQLException {
        if (target != Target.READER) {
            return writer();
        }
        Connection connection = reader();
        if (connection != null && modes.readerPending()) {
            modes.apply(connection, false);
        }
        return connection;
    }

    /**
     * Before a statement runs on {@code physical}, one of these connections reached without {@link #get}: what is
     * pending for it (a prepared statement bound earlier).
     */
    void beforeStatementOn(Connection physical) throws SQLException {
        if (physical == writer && modes.writerPending()) {
            applyModesToWriter(physical);
        } else if (physical == reader && physical != null && modes.readerPending()) {
            modes.apply(physical, false);
        }
    }

    /** {@code setAutoCommit} on the logical connection, before its settings change ({@link PhysicalModes}). */
    void changeAutoCommit(boolean on) throws SQLException {
        modes.changeAutoCommit(on, writer, reader);
    }

    /** {@code setReadOnly} on the logical connection, before its settings change ({@link PhysicalModes}). */
    void changeReadOnly(boolean readOnly) throws SQLException {
        modes.changeReadOnly(readOnly, writer, reader);
    }

    /** {@code setTransactionIsolation} on the logical connection, before its settings change. */
    void changeIsolation(int level) throws SQLException {
        modes.changeIsolation(level, writer, reader);
    }

    /** Where a call with no statement to route goes: what is open, else the reader, else the writer. */
    Target anyTarget() {
        if (reader != null || (writer == null && reader() != null)) {
            return Target.READER;
        }
        return Target.WRITER;
    }

    /** Why this connection last failed to open the reader; null when it never tried or another connection did. */
    SQLException lastReaderFailure() {
        return lastReaderFailure;
    }

    RepMySqlUrl url() {
        return cluster.url();
    }

    /**
     * True when the open writer is known dead: Connector/J closes a connection whose socket failed, and refuses
     * anything sent on it afterwards, so a statement sent now would certainly not arrive.
     */
    boolean writerBroken() {
        try {
            return writer != null && writer.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** The writer was lost: close what is left of it, so the next statement opens a new one through HAProxy. */
    void discardWriter() {
        if (writer != null) {
            closeQuietly(writer);
            writer = null;
        }
    }

    /** The reader failed under a statement: close it, so the next use opens a fresh one. */
    void discardReader() {
        if (reader != null) {
            closeQuietly(reader);
            reader = null;
            readerFlavor = null;
            consistency.readerReplaced();
        }
    }

    /**
     * Runs {@code action} on each open connection, writer first; the first failure is thrown after all ran. A pool
     * calls this on every return (clearWarnings), so it allocates nothing.
     */
    void forEachOpen(SqlConsumer<Connection> action) throws SQLException {
        SQLException failure = runOn(writer, action, null);
        failure = runOn(reader, action, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException runOn(Connection connection, SqlConsumer<Connection> action, SQLException failure) {
        if (connection == null) {
            return failure;
        }
        try {
            action.accept(connection);
        } catch (SQLException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Closes both; the logical connection is done with them. */
    void closeAll() throws SQLException {
        try {
            forEachOpen(Connection::close);
        } finally {
            writer = null;
            if (reader != null) {
                reader = null;
                readerFlavor = null;
                consistency.readerReplaced();
            }
        }
    }

    private Connection open(String jdbcUrl, Properties properties, String role) throws SQLException {
        Connection opened = cluster.driver().connect(jdbcUrl, properties);
        if (opened == null) {
            throw new SQLException(cluster.url().name() + ": the physical driver refused " + jdbcUrl + " for the "
                    + role, SqlStates.UNABLE_TO_CONNECT);
        }
        return opened;
    }

    private void prepare(Connection opened) throws SQLException {
        settings.applyTo(opened);
        var replay = routing.replayStatements();
        if (!replay.isEmpty()) {
            try (Statement statement = opened.createStatement()) {
                for (String sql : replay) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** SQLState class 28: the server refused the user or password. */
    private static boolean isAuthorizationError(SQLException e) {
        return SqlStates.isOfClass(e, SqlStates.INVALID_AUTHORIZATION_CLASS);
    }

    /** Connector/J's messages run over several lines; a log line must not. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }

    /** A JDBC call on one physical object. */
    @FunctionalInterface
    interface SqlConsumer<T> {
        void accept(T target) throws SQLException;
    }
}
