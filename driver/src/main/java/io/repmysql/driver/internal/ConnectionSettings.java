package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The JDBC-level session settings of the logical connection, remembered so a physical connection opened later
 * gets them before its first statement. Only what the application changed is applied, so opening a connection
 * costs no extra round trips by default.
 */
final class ConnectionSettings {

    boolean autoCommit = true;
    boolean readOnly;
    Integer isolation;
    String catalog;
    String schema;
    int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
    boolean holdabilitySet;
    final Properties clientInfo = new Properties();
    Executor networkTimeoutExecutor;
    int networkTimeoutMs;
    boolean networkTimeoutSet;

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
        if (holdabilitySet) {
            connection.setHoldability(holdability);
        }
        if (!clientInfo.isEmpty()) {
            connection.setClientInfo(clientInfo);
        }
        if (networkTimeoutSet) {
            connection.setNetworkTimeout(networkTimeoutExecutor, networkTimeoutMs);
        }
    }
}
