package io.repmysql.driver.internal;

import java.sql.CallableStatement;
import java.sql.SQLException;

/** A CallableStatement: a stored procedure may write, so it is always prepared on the writer. */
public abstract class LogicalCallableStatement extends LogicalPreparedStatement implements CallableStatement {

    private final CallableStatement physical;

    protected LogicalCallableStatement(LogicalConnection connection, ExecutionPipeline pipeline,
                                       ExecutionPipeline.Prepared prepared, CallableStatement physical) {
        super(connection, pipeline, prepared, physical);
        this.physical = physical;
    }

    @Override
    protected CallableStatement delegate() throws SQLException {
        checkOpen();
        return physical;
    }
}
