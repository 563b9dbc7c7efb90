package io.repmysql.driver.internal;

import java.sql.ResultSet;
import java.sql.Statement;

/** A physical ResultSet whose getStatement() answers the logical statement; every other method is generated. */
public abstract class LogicalResultSet implements ResultSet {

    private final ResultSet delegate;
    private final Statement statement;

    protected LogicalResultSet(ResultSet delegate, Statement statement) {
        this.delegate = delegate;
        this.statement = statement;
    }

    protected ResultSet delegate() {
        return delegate;
    }

    @Override
    public Statement getStatement() {
        return statement;
    }
}
