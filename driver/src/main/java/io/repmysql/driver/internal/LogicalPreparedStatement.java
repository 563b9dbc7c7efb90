package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.repmysql.driver.routing.Target;

/**
 * A PreparedStatement, prepared where its SQL sent it. A write stays there (its parameters live on that server's
 * statement). A read runs where a plain read would at each execute: on the reader it was prepared on, or, when the
 * routing, the consistency wait or a lost reader says otherwise, on the same SQL prepared on that connection,
 * to which it moves its parameters and settings ({@link PreparedCopies}). Each execute runs and records through
 * the {@link ExecutionPipeline}. Session-state SQL (Target.BOTH) is prepared on the writer; without parameters it
 * also runs on an open reader and is replayed on a reader opened later, with parameters it stays on the writer.
 */
public abstract class LogicalPreparedStatement extends LogicalStatementBase implements PreparedStatement {

    private final ExecutionPipeline pipeline;
    private final ExecutionPipeline.Prepared prepared;
    private final PreparedStatement physical;
    /** The same SQL prepared on another connection, once a read ran there. */
    private PreparedStatement moved;
    private Connection movedOwner;
    /** Where the parameters and the last execution are: {@link #physical} or {@link #moved}. */
    private PreparedStatement current;

    protected LogicalPreparedStatement(LogicalConnection connection, ExecutionPipeline pipeline,
                                       ExecutionPipeline.Prepared prepared, PreparedStatement physical) {
        super(connection);
        this.pipeline = pipeline;
        this.prepared = prepared;
        this.physical = physical;
        this.current = physical;
    }

    @Override
    protected PreparedStatement delegate() throws SQLException {
        checkOpen();
        return current;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return wrap(execute(true, (s, none) -> s.executeQuery()));
    }

    @Override
    public boolean execute() throws SQLException {
        return execute(true, (s, none) -> s.execute());
    }

    @Override
    public int executeUpdate() throws SQLException {
        return execute(true, (s, none) -> s.executeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return execute(true, (s, none) -> s.executeLargeUpdate());
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return execute(false, (s, none) -> s.executeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return execute(false, (s, none) -> s.executeLargeBatch());
    }

    private <R> R execute(boolean single, ExecutionPipeline.Run<PreparedStatement, R> execution)
            throws SQLException {
        checkOpen();
        if (single && prepared.decision().target() == Target.READER && PreparedCopies.movable(physical)) {
            return pipeline.executePreparedRead(prepared, this::on, execution);
        }
        return pipeline.executePrepared(prepared, current, execution);
    }

    /** This statement on {@code connection}, prepared there on first use, with its parameters and settings. */
    private PreparedStatement on(Connection connection) throws SQLException {
        PreparedStatement target = connection == prepared.owner() ? physical
                : connection == movedOwner ? moved : null;
        if (target == null) {
            target = prepared.preparer().prepare(connection, prepared.sql());
            try {
                PreparedCopies.copy(current, target);
            } catch (SQLException | RuntimeException e) {
                PhysicalConnections.closeQuietly(target);
                throw e;
            }
            PreparedStatement replaced = moved;
            moved = target;
            movedOwner = connection;
            current = target;
            if (replaced != null) {
                replaced.close();
            }
        } else if (target != current) {
            PreparedCopies.copy(current, target);
            current = target;
        }
        return target;
    }

    @Override
    void closePhysical() throws SQLException {
        try {
            physical.close();
        } finally {
            if (moved != null) {
                moved.close();
            }
        }
    }
}
