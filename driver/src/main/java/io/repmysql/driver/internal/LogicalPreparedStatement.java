package io.repmysql.driver.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/**
 * A PreparedStatement bound when prepared: its SQL chose the physical connection then, and it stays there (its
 * parameters live on that server's statement). Executing it updates the routing session like any statement.
 * Session-state SQL (Target.BOTH) is prepared on the writer; without parameters it also runs on an open reader and
 * is replayed on a reader opened later, with parameters it stays on the writer.
 */
public abstract class LogicalPreparedStatement extends LogicalStatementBase implements PreparedStatement {

    private final PreparedStatement physical;
    private final String sql;
    private final RouteDecision decision;

    protected LogicalPreparedStatement(LogicalConnection connection, PreparedStatement physical, String sql,
                                       RouteDecision decision) {
        super(connection);
        this.physical = physical;
        this.sql = sql;
        this.decision = decision;
    }

    @Override
    protected PreparedStatement delegate() throws SQLException {
        checkOpen();
        return physical;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        beforeExecute();
        ResultSet result = physical.executeQuery();
        afterExecute();
        return wrap(result);
    }

    @Override
    public boolean execute() throws SQLException {
        beforeExecute();
        boolean result = physical.execute();
        afterExecute();
        return result;
    }

    @Override
    public int executeUpdate() throws SQLException {
        beforeExecute();
        int result = physical.executeUpdate();
        afterExecute();
        return result;
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        beforeExecute();
        long result = physical.executeLargeUpdate();
        afterExecute();
        return result;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        beforeExecute();
        int[] result = physical.executeBatch();
        afterExecute();
        return result;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        beforeExecute();
        long[] result = physical.executeLargeBatch();
        afterExecute();
        return result;
    }

    /** consistency=session: a prepared read on the reader waits for this connection's writes made since. */
    private void beforeExecute() throws SQLException {
        checkOpen();
        if (decision.target() == Target.READER) {
            connection.router.beforePreparedRead();
        }
    }

    private void afterExecute() throws SQLException {
        if (decision.target() != Target.BOTH) {
            connection.router.executed(sql, decision);
        } else if (physical.getParameterMetaData().getParameterCount() == 0) {
            connection.router.executedSessionStatement(sql, decision);
        }
    }

    @Override
    void closePhysical() throws SQLException {
        physical.close();
    }
}
