package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** Physical metadata whose getConnection() answers the logical connection; every other method is generated. */
public abstract class LogicalMetaData implements DatabaseMetaData {

    private final DatabaseMetaData delegate;
    private final Connection connection;

    protected LogicalMetaData(DatabaseMetaData delegate, Connection connection) {
        this.delegate = delegate;
        this.connection = connection;
    }

    protected DatabaseMetaData delegate() {
        return delegate;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }
}
