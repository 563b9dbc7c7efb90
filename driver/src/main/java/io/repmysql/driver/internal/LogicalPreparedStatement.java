package io.repmysql.driver.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PreparedStatement bound when prepared: its SQL chose the physical connection then, and it stays there (its
 * parameters live on that server's statement). Each execute runs and records through the
 * {@link ExecutionPipeline} with that decision. Session-state SQL (Target.BOTH) is prepared on the writer; without
 * parameters it also runs on an open reader and is replayed on a reader opened later, with parameters it stays on
 * the writer.
 */
public abstract class LogicalPreparedStatement extends LogicalStatementBase implements PreparedStatement {

    private final ExecutionPipeline pipeline;
    private final ExecutionPipeline.Prepared prepared;
    private final PreparedStatement physical;

    protected LogicalPreparedStatement(LogicalConnection connection, ExecutionPipeline pipeline,
                                       ExecutionPipeline.Prepared prepared, PreparedStatement physical) {
        super(connection);
        this.pipeline = pipeline;
        this.prepared = prepared;
        this.physical = physical;
    }

    @Override
    protected PreparedStatement delegate() throws SQLException {
        checkOpen();
        return physical;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return wrap(execute((s, none) -> s.executeQuery()));
    }

    @Override
    public boolean execute() throws SQLException {
        return execute((s, none) -> s.execute());
    }

    @Override
    public int executeUpdate() throws SQLException {
        return execute((s, none) -> s.executeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return execute((s, none) -> s.executeLargeUpdate());
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return execute((s, none) -> s.executeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return execute((s, none) -> s.executeLargeBatch());
    }

    private <R> R execute(ExecutionPipeline.Run<PreparedStatement, R> execution) throws SQLException {
        checkOpen();
        return pipeline.executePrepared(prepared, physical, execution);
    }

    @Override
    void closePhysical() throws SQLException {
        physical.close();
    }
}
