package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

import io.repmysql.driver.Consistency;
import io.repmysql.driver.routing.RoutingSession;

/**
 * The JDBC methods of the logical connection that carry session settings: each applies to every open physical
 * connection and is remembered for one opened later, so the pair behaves as one connection. Also owns the parts
 * every layer above uses.
 */
abstract class ConnectionSettingsMethods implements Connection {

    final Cluster cluster;
    final RoutingSession routing = new RoutingSession();
    final ConnectionSettings settings = new ConnectionSettings();
    final SessionConsistency consistency;
    final PhysicalConnections physicals;
    final Transactions transactions;
    final WriterLoss writerLoss;
    final Router router;
    final ExecutionPipeline pipeline;
    volatile boolean closed;

    ConnectionSettingsMethods(Cluster cluster) {
        this.cluster = cluster;
        this.consistency = new SessionConsistency(cluster.url().consistency() == Consistency.SESSION,
                cluster.url().consistencyTimeoutMs());
        this.physicals = new PhysicalConnections(cluster, settings, routing, consistency);
        this.transactions = new Transactions(physicals, settings, routing, consistency);
        this.writerLoss = new WriterLoss(physicals, transactions, routing, settings);
        this.router = new Router(routing, physicals, consistency, transactions, writerLoss, cluster.metrics(),
                settings);
        this.pipeline = new ExecutionPipeline(routing, physicals, router, writerLoss);
    }

    /** The physical connection for calls that concern no statement: one already open, else the reader. */
    protected Connection delegate() throws SQLException {
        checkOpen();
        return physicals.get(physicals.anyTarget());
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The connection to " + cluster.url().name() + " is closed", "08003");
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setReadOnly(readOnly));
        settings.readOnly = readOnly;
        routing.readOnlyChanged(readOnly);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return settings.readOnly;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setCatalog(catalog));
        settings.catalog = catalog;
    }

    @Override
    public String getCatalog() throws SQLException {
        return settings.catalog != null ? settings.catalog : delegate().getCatalog();
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setSchema(schema));
        settings.schema = schema;
    }

    @Override
    public String getSchema() throws SQLException {
        return settings.schema != null ? settings.schema : delegate().getSchema();
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setTransactionIsolation(level));
        settings.isolation = level;
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return settings.isolation != null ? settings.isolation : delegate().getTransactionIsolation();
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setHoldability(holdability));
        settings.holdability = holdability;
        settings.holdabilitySet = true;
    }

    @Override
    public int getHoldability() throws SQLException {
        return settings.holdabilitySet ? settings.holdability : delegate().getHoldability();
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        clientInfoOnEach(c -> c.setClientInfo(name, value));
        if (value == null) {
            settings.clientInfo.remove(name);
        } else {
            settings.clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfoOnEach(c -> c.setClientInfo(properties));
        settings.clientInfo.clear();
        settings.clientInfo.putAll(properties);
    }

    private void clientInfoOnEach(PhysicalConnections.SqlConsumer<Connection> action) throws SQLClientInfoException {
        try {
            checkOpen();
            physicals.forEachOpen(action);
        } catch (SQLClientInfoException e) {
            throw e;
        } catch (SQLException e) {
            throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), Map.of(), e);
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return settings.clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(settings.clientInfo);
        return copy;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        SQLWarning[] chain = new SQLWarning[1];
        physicals.forEachOpen(c -> {
            SQLWarning warning = c.getWarnings();
            if (warning != null) {
                if (chain[0] == null) {
                    chain[0] = warning;
                } else {
                    chain[0].setNextWarning(warning);
                }
            }
        });
        return chain[0];
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        physicals.forEachOpen(Connection::clearWarnings);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        physicals.forEachOpen(c -> c.setNetworkTimeout(executor, milliseconds));
        settings.networkTimeoutExecutor = executor;
        settings.networkTimeoutMs = milliseconds;
        settings.networkTimeoutSet = true;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return settings.networkTimeoutSet ? settings.networkTimeoutMs : 0;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
