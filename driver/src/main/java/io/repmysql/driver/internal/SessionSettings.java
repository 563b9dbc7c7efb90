package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

import io.repmysql.driver.routing.RoutingSession;

/**
 * The JDBC methods of the logical connection that carry session settings: each applies to every open physical
 * connection and is remembered ({@link ConnectionSettings}) for one opened later, so the pair behaves as one
 * connection. A getter answers what was set, else what the physical connection says.
 */
final class SessionSettings {

    private final ConnectionSettings settings;
    private final PhysicalConnections physicals;
    private final RoutingSession routing;

    SessionSettings(ConnectionSettings settings, PhysicalConnections physicals, RoutingSession routing) {
        this.settings = settings;
        this.physicals = physicals;
        this.routing = routing;
    }

    void setReadOnly(boolean readOnly) throws SQLException {
        physicals.changeReadOnly(readOnly);
        settings.readOnly(readOnly);
        routing.readOnlyChanged(readOnly);
    }

    boolean isReadOnly() {
        return settings.readOnly();
    }

    void setCatalog(String catalog) throws SQLException {
        physicals.forEachOpen(c -> c.setCatalog(catalog));
        settings.catalog(catalog);
    }

    String getCatalog() throws SQLException {
        return settings.catalog() != null ? settings.catalog() : anyOpen().getCatalog();
    }

    void setSchema(String schema) throws SQLException {
        physicals.forEachOpen(c -> c.setSchema(schema));
        settings.schema(schema);
    }

    String getSchema() throws SQLException {
        return settings.schema() != null ? settings.schema() : anyOpen().getSchema();
    }

    void setTransactionIsolation(int level) throws SQLException {
        physicals.changeIsolation(level);
        settings.isolation(level);
    }

    int getTransactionIsolation() throws SQLException {
        return settings.isolation() != null ? settings.isolation() : anyOpen().getTransactionIsolation();
    }

    void setHoldability(int holdability) throws SQLException {
        physicals.forEachOpen(c -> c.setHoldability(holdability));
        settings.holdability(holdability);
    }

    int getHoldability() throws SQLException {
        return settings.holdability() != null ? settings.holdability() : anyOpen().getHoldability();
    }

    void setClientInfo(String name, String value) throws SQLClientInfoException {
        clientInfoOnEach(c -> c.setClientInfo(name, value));
        if (value == null) {
            settings.clientInfo().remove(name);
        } else {
            settings.clientInfo().setProperty(name, value);
        }
    }

    void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfoOnEach(c -> c.setClientInfo(properties));
        settings.clientInfo().clear();
        settings.clientInfo().putAll(properties);
    }

    private void clientInfoOnEach(PhysicalConnections.SqlConsumer<Connection> action) throws SQLClientInfoException {
        try {
            physicals.forEachOpen(action);
        } catch (SQLClientInfoException e) {
            throw e;
        } catch (SQLException e) {
            throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), Map.of(), e);
        }
    }

    String getClientInfo(String name) {
        return settings.clientInfo().getProperty(name);
    }

    Properties getClientInfo() {
        Properties copy = new Properties();
        copy.putAll(settings.clientInfo());
        return copy;
    }

    /** The warnings of every open physical connection, chained. */
    SQLWarning getWarnings() throws SQLException {
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

    void clearWarnings() throws SQLException {
        physicals.forEachOpen(Connection::clearWarnings);
    }

    void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        physicals.forEachOpen(c -> c.setNetworkTimeout(executor, milliseconds));
        settings.networkTimeout(executor, milliseconds);
    }

    int getNetworkTimeout() {
        return settings.networkTimeoutMs() != null ? settings.networkTimeoutMs() : 0;
    }

    private Connection anyOpen() throws SQLException {
        return physicals.get(physicals.anyTarget());
    }
}
