package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.Savepoint;

import io.repmysql.driver.routing.Target;

/** A physical savepoint and the connection it was set on, so rolling back to it goes there. */
record LogicalSavepoint(Savepoint physical, Target target) implements Savepoint {

    @Override
    public int getSavepointId() throws SQLException {
        return physical.getSavepointId();
    }

    @Override
    public String getSavepointName() throws SQLException {
        return physical.getSavepointName();
    }
}
