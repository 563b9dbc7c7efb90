package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Physical metadata whose getConnection() answers the logical connection and which names MariaDB as MariaDB
 * ({@link ServerProduct}); every other method is generated.
 */
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

    @Override
    public String getDatabaseProductName() throws SQLException {
        ServerProduct product = ServerProduct.mariaDb(delegate.getDatabaseProductVersion());
        return product == null ? delegate.getDatabaseProductName() : product.name();
    }

    @Override
    public String getDatabaseProductVersion() throws SQLException {
        ServerProduct product = ServerProduct.mariaDb(delegate.getDatabaseProductVersion());
        return product == null ? delegate.getDatabaseProductVersion() : product.version();
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        ServerProduct product = ServerProduct.mariaDb(delegate.getDatabaseProductVersion());
        return product == null ? delegate.getDatabaseMajorVersion() : product.major();
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        ServerProduct product = ServerProduct.mariaDb(delegate.getDatabaseProductVersion());
        return product == null ? delegate.getDatabaseMinorVersion() : product.minor();
    }
}
