package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or refused connection from an error in the statement: only the former justifies a retry. */
final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /** SQLState class 08 (connection exception), which Connector/J's CommunicationsException carries too. */
    static boolean isConnectionError(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("08"))
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException
                || e.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException");
    }
}
