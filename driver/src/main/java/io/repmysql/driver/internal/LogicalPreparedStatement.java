package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

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
    private final Connection owner;

    /** @param owner the physical connection {@code physical} was prepared on */
    protected LogicalPreparedStatement(LogicalConnection connection, Connection owner, PreparedStatement physical,
                                       String sql, RouteDecision decision) {
        super(connection);
        this.owner = owner;
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
        return wrap(execute(PreparedStatement::executeQuery));
    }

    @Override
    public boolean execute() throws SQLException {
        return execute(PreparedStatement::execute);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return execute(PreparedStatement::executeUpdate);
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return execute(PreparedStatement::executeLargeUpdate);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return execute(PreparedStatement::executeBatch);
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return execute(PreparedStatement::executeLargeBatch);
    }

    /** One execute variant; on the writer, a lost connection becomes an error saying what became of it. */
    private <R> R execute(Execution<R> execution) throws SQLException {
        beforeExecute();
        R result;
        if (decision.target() == Target.READER) {
            result = execution.run(physical);
        } else {
            try {
                result = execution.run(physical);
            } catch (SQLException failure) {
                throw connection.router.writerFailed(sql, failure);
            }
        }
        afterExecute();
        return result;
    }

    /**
     * consistency=session: a prepared read on the reader waits for this connection's writes made since. A statement
     * prepared on a writer that was lost since cannot follow it to the new one: its parameters lived there.
     */
    private void beforeExecute() throws SQLException {
        checkOpen();
        if (decision.target() == Target.READER) {
            connection.router.beforePreparedRead();
        } else if (connection.physicals.ifOpen(Target.WRITER) != owner) {
            throw new SQLNonTransientConnectionException(connection.cluster.url().name() + ": this statement was "
                    + "prepared on a connection to the writer that was lost since: nothing was sent; prepare it again",
                    "08003");
        }
    }

    private void afterExecute() throws SQLException {
        if (decision.target() != Target.BOTH) {
            connection.router.executed(sql, decision);
        } else if (physical.getParameterMetaData().getParameterCount() == 0) {
            connection.router.executedSessionStatement(sql, decision);
        }
    }

    /** One execute variant of PreparedStatement. */
    @FunctionalInterface
    private interface Execution<R> {
        R run(PreparedStatement physical) throws SQLException;
    }

    @Override
    void closePhysical() throws SQLException {
        physical.close();
    }
}
