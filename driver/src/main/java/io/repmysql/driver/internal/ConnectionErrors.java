package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import io.repmysql.driver.SqlStates;

/** Tells a lost or refused connection from an error in the statement: only the former justifies a retry. */
final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /**
     * True when the request cannot have left: 08001 (no connection) or 08003 (Connector/J's "No operations allowed
     * after connection closed", raised before anything is written to the socket).
     */
    static boolean neverSent(SQLException e) {
        String state = e.getSQLState();
        return SqlStates.UNABLE_TO_CONNECT.equals(state) || SqlStates.CONNECTION_DOES_NOT_EXIST.equals(state)
                || SqlStates.CONNECTION_REJECTED.equals(state);
    }

    /** SQLState class 08 (connection exception), which Connector/J's CommunicationsException carries too. */
    static boolean isConnectionError(SQLException e) {
        return SqlStates.isOfClass(e, SqlStates.CONNECTION_EXCEPTION_CLASS)
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException
                || e.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException");
    }
}
