package io.repmysql.benchmarks.stub;

import java.sql.*;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * A connection that answers without a server, like HikariCP's StubConnection: the wrapper overhead benchmark runs
 * the same calls on it directly and through jdbc:repmysql, so the difference is the wrapper. Only the calls that
 * carry state are written out; the rest (generated from {@link Connection}) return defaults.
 */
public final class StubConnection implements Connection {

    private final String url;
    private boolean closed;
    private boolean autoCommit = true;
    private boolean readOnly;
    private int isolation = TRANSACTION_REPEATABLE_READ;

    StubConnection(String url) {
        this.url = url;
    }

    /** The jdbc:mysql: URL this connection was opened with: which port the driver chose. */
    public String url() {
        return url;
    }

    @Override public void abort(Executor p0) { }
    @Override public void clearWarnings() { }
    @Override public void close() { closed = true; }
    @Override public void commit() { }
    @Override public Array createArrayOf(String p0, Object[] p1) { return null; }
    @Override public Blob createBlob() { return null; }
    @Override public Clob createClob() { return null; }
    @Override public NClob createNClob() { return null; }
    @Override public SQLXML createSQLXML() { return null; }
    @Override public Statement createStatement() { return new StubStatement(this, null); }
    @Override public Statement createStatement(int p0, int p1, int p2) { return new StubStatement(this, null); }
    @Override public Statement createStatement(int p0, int p1) { return new StubStatement(this, null); }
    @Override public Struct createStruct(String p0, Object[] p1) { return null; }
    @Override public boolean getAutoCommit() { return autoCommit; }
    @Override public String getCatalog() { return null; }
    @Override public Properties getClientInfo() { return new Properties(); }
    @Override public String getClientInfo(String p0) { return null; }
    @Override public int getHoldability() { return ResultSet.HOLD_CURSORS_OVER_COMMIT; }
    @Override public DatabaseMetaData getMetaData() { return null; }
    @Override public int getNetworkTimeout() { return 0; }
    @Override public String getSchema() { return null; }
    @Override public int getTransactionIsolation() { return isolation; }
    @Override public Map<String, Class<?>> getTypeMap() { return null; }
    @Override public SQLWarning getWarnings() { return null; }
    @Override public boolean isClosed() { return closed; }
    @Override public boolean isReadOnly() { return readOnly; }
    @Override public boolean isValid(int p0) { return !closed; }
    @Override public boolean isWrapperFor(Class<?> p0) { return p0.isInstance(this); }
    @Override public String nativeSQL(String p0) { return p0; }
    @Override public CallableStatement prepareCall(String p0, int p1, int p2, int p3) { return null; }
    @Override public CallableStatement prepareCall(String p0, int p1, int p2) { return null; }
    @Override public CallableStatement prepareCall(String p0) { return null; }
    @Override public PreparedStatement prepareStatement(String p0, int[] p1) { return new StubStatement(this, p0); }
    @Override public PreparedStatement prepareStatement(String p0, String[] p1) { return new StubStatement(this, p0); }
    @Override public PreparedStatement prepareStatement(String p0, int p1, int p2, int p3) { return new StubStatement(this, p0); }
    @Override public PreparedStatement prepareStatement(String p0, int p1, int p2) { return new StubStatement(this, p0); }
    @Override public PreparedStatement prepareStatement(String p0, int p1) { return new StubStatement(this, p0); }
    @Override public PreparedStatement prepareStatement(String p0) { return new StubStatement(this, p0); }
    @Override public void releaseSavepoint(Savepoint p0) { }
    @Override public void rollback() { }
    @Override public void rollback(Savepoint p0) { }
    @Override public void setAutoCommit(boolean p0) { autoCommit = p0; }
    @Override public void setCatalog(String p0) { }
    @Override public void setClientInfo(String p0, String p1) { }
    @Override public void setClientInfo(Properties p0) { }
    @Override public void setHoldability(int p0) { }
    @Override public void setNetworkTimeout(Executor p0, int p1) { }
    @Override public void setReadOnly(boolean p0) { readOnly = p0; }
    @Override public Savepoint setSavepoint() { return null; }
    @Override public Savepoint setSavepoint(String p0) { return null; }
    @Override public void setSchema(String p0) { }
    @Override public void setTransactionIsolation(int p0) { isolation = p0; }
    @Override public void setTypeMap(Map<String, Class<?>> p0) { }
    @Override public <T> T unwrap(Class<T> p0) { return p0.cast(this); }
}
