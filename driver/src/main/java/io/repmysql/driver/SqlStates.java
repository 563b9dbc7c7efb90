package io.repmysql.driver;

import java.sql.SQLException;

/**
 * The SQLStates the driver raises or tells apart, by the names SQL:2016 and ODBC give them. Connector/J's own
 * errors pass through with theirs.
 */
public final class SqlStates {

    /** Class 08: connection exception. */
    public static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** No connection could be opened, so nothing was sent; a bad {@code jdbc:repmysql:} URL is reported so too. */
    public static final String UNABLE_TO_CONNECT = "08001";
    /** The connection is closed or lost; anything sent on it was refused before it left. */
    public static final String CONNECTION_DOES_NOT_EXIST = "08003";
    /** The server refused the connection. */
    public static final String CONNECTION_REJECTED = "08004";
    /** The connection broke during COMMIT or an autocommit write: whether it was applied is unknown. */
    public static final String TRANSACTION_RESOLUTION_UNKNOWN = "08007";
    /** The connection broke while a statement was in flight (MySQL's and Connector/J's communication failure). */
    public static final String COMMUNICATION_LINK_FAILURE = "08S01";
    /** A JDBC feature this driver does not offer. */
    public static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** A value given by the caller is not valid (a causal token, for one). */
    public static final String INVALID_PARAMETER_VALUE = "22023";
    /** Class 28: invalid authorization specification (wrong user or password). */
    public static final String INVALID_AUTHORIZATION_CLASS = "28";
    /** A failure inside the driver itself. */
    public static final String GENERAL_ERROR = "HY000";
    /** A required argument was null. */
    public static final String INVALID_NULL_POINTER = "HY009";
    /** A call out of sequence, e.g. on a closed statement. */
    public static final String FUNCTION_SEQUENCE_ERROR = "HY010";
    /** An argument out of its range, e.g. a negative timeout. */
    public static final String INVALID_ATTRIBUTE_VALUE = "HY024";

    private SqlStates() {
    }

    /** True when {@code e}'s SQLState is of class {@code stateClass} (its first two characters). */
    public static boolean isOfClass(SQLException e, String stateClass) {
        return e.getSQLState() != null && e.getSQLState().startsWith(stateClass);
    }
}
