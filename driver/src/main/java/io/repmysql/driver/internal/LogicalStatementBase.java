package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.driver.SqlStates;
/**
 * What every logical statement shares: it answers the logical connection, hands out ResultSets whose
 * {@code getStatement()} answers the logical statement, and leaves the connection's list of open statements when
 * closed.
 */
abstract class LogicalStatementBase implements Statement {

    private final LogicalConnection connection;
    private boolean closed;

    LogicalStatementBase(LogicalConnection connection) {
        this.connection = connection;
    }

    /** The physical statement the pass-through methods run on. */
    protected abstract Statement delegate() throws SQLException;

    /** Closes the physical statement(s). */
    abstract void closePhysical() throws SQLException;

    void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The statement is closed", SqlStates.FUNCTION_SEQUENCE_ERROR);
        }
        connection.checkOpen();
    }

    /** One thin wrapper per ResultSet, none per row: only getStatement() differs from the physical one. */
    ResultSet wrap(ResultSet physical) throws SQLException {
        return physical == null ? null : PerStatementWrappers.resultSet(physical, this);
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return wrap(delegate().getResultSet());
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        return wrap(delegate().getGeneratedKeys());
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            connection.statementClosed(this);
            closePhysical();
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
