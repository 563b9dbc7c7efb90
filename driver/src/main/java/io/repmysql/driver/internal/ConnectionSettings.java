package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The JDBC-level session settings of the logical connection, remembered so a physical connection opened later
 * gets them before its first statement. Only what the application changed is applied, so opening a connection
 * costs no extra round trips by default.
 */
final class ConnectionSettings {

    private boolean autoCommit = true;
    private boolean readOnly;
    private Integer isolation;
    private String catalog;
    private String schema;
    private Integer holdability;
    private final Properties clientInfo = new Properties();
    private Executor networkTimeoutExecutor;
    private Integer networkTimeoutMs;

    boolean autoCommit() {
        return autoCommit;
    }

    void autoCommit(boolean on) {
        autoCommit = on;
    }

    boolean readOnly() {
        return readOnly;
    }

    void readOnly(boolean on) {
        readOnly = on;
    }

    /** Null until set. */
    Integer isolation() {
        return isolation;
    }

    void isolation(int level) {
        isolation = level;
    }

    String catalog() {
        return catalog;
    }

    void catalog(String name) {
        catalog = name;
    }

    String schema() {
        return schema;
    }

    void schema(String name) {
        schema = name;
    }

    /** Null until set. */
    Integer holdability() {
        return holdability;
    }

    void holdability(int value) {
        holdability = value;
    }

    /** The live client info: callers copy it before handing it out. */
    Properties clientInfo() {
        return clientInfo;
    }

    /** Null until set. */
    Integer networkTimeoutMs() {
        return networkTimeoutMs;
    }

    void networkTimeout(Executor executor, int milliseconds) {
        networkTimeoutExecutor = executor;
        networkTimeoutMs = milliseconds;
    }

    void applyTo(Connection connection) throws SQLException {
        if (!autoCommit) {
            connection.setAutoCommit(false);
        }
        if (readOnly) {
            connection.setReadOnly(true);
        }
        if (isolation != null) {
            connection.setTransactionIsolation(isolation);
        }
        if (catalog != null) {
            connection.setCatalog(catalog);
        }
        if (schema != null) {
            connection.setSchema(schema);
        }
        if (holdability != null) {
            connection.setHoldability(holdability);
        }
        if (!clientInfo.isEmpty()) {
            connection.setClientInfo(clientInfo);
        }
        if (networkTimeoutMs != null) {
            connection.setNetworkTimeout(networkTimeoutExecutor, networkTimeoutMs);
        }
    }
}
