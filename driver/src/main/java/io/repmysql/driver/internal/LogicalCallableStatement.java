package io.repmysql.driver.internal;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;

import io.repmysql.driver.routing.RouteDecision;

/** A CallableStatement: a stored procedure may write, so it is always prepared on the writer. */
public abstract class LogicalCallableStatement extends LogicalPreparedStatement implements CallableStatement {

    private final CallableStatement physical;

    protected LogicalCallableStatement(LogicalConnection connection, Connection owner, CallableStatement physical,
                                       String sql, RouteDecision decision) {
        super(connection, owner, physical, sql, decision);
        this.physical = physical;
    }

    @Override
    protected CallableStatement delegate() throws SQLException {
        checkOpen();
        return physical;
    }
}
