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
    /** Where the physical statement goes when this one closes; null: it is closed. */
    private IdleStatements returnTo;
    private String database;
    /** Set by anything that leaves the physical statement other than as prepared. */
    private boolean changed;
    private ResultSet lastResult;

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

    /** Closing this statement hands its physical one to {@code idle}, made in {@code database}, if left unchanged. */
    void returnOnClose(IdleStatements idle, String database) {
        this.returnTo = idle;
        this.database = database;
    }

    @Override
    ResultSet wrap(ResultSet physicalResult) throws SQLException {
        ResultSet wrapped = super.wrap(physicalResult);
        if (wrapped != null) {
            lastResult = wrapped;
        }
        return wrapped;
    }

    @Override
    void closePhysical() throws SQLException {
        if (returnTo == null || changed) {
            physical.close();
            return;
        }
        try {
            // What closing would have done, and what a new statement starts without.
            if (lastResult != null) {
                lastResult.close();
            }
            physical.clearParameters();
            physical.clearWarnings();
        } catch (SQLException e) {
            physical.close();
            return;
        }
        returnTo.keep(prepared.owner(), prepared.sql(), database, physical);
    }

    // Each of these leaves state on the physical statement that a statement prepared anew would not have.

    private PreparedStatement changing() throws SQLException {
        PreparedStatement statement = delegate();
        changed = true;
        return statement;
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        changing().setMaxRows(max);
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        changing().setLargeMaxRows(max);
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        changing().setFetchSize(rows);
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        changing().setFetchDirection(direction);
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        changing().setQueryTimeout(seconds);
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        changing().setMaxFieldSize(max);
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        changing().setEscapeProcessing(enable);
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        changing().setPoolable(poolable);
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        changing().setCursorName(name);
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        changing().closeOnCompletion();
    }

    @Override
    public void addBatch() throws SQLException {
        changing().addBatch();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        changing().addBatch(sql);
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return changing().getMoreResults();
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        return changing().getMoreResults(current);
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        changing();
        return super.getGeneratedKeys();
    }

    /** The application may keep what it unwrapped: that physical statement is never handed to another. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (!type.isInstance(this)) {
            changing();
        }
        return super.unwrap(type);
    }
}
