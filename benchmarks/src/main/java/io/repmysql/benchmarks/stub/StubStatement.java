package io.repmysql.benchmarks.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.*;
import java.util.Calendar;

/**
 * A statement (plain and prepared) that answers every query with one row of {@link StubResultSet} and every update
 * with one row changed. Only the calls that carry state are written out; the rest return defaults.
 */
public final class StubStatement implements PreparedStatement {

    private final StubConnection connection;
    private final String preparedSql;
    private boolean closed;

    StubStatement(StubConnection connection, String preparedSql) {
        this.connection = connection;
        this.preparedSql = preparedSql;
    }

    /** The SQL of a prepared statement; null for a plain one. */
    public String preparedSql() {
        return preparedSql;
    }

    @Override public void addBatch() { }
    @Override public void addBatch(String p0) { }
    @Override public void cancel() { }
    @Override public void clearBatch() { }
    @Override public void clearParameters() { }
    @Override public void clearWarnings() { }
    @Override public void close() { closed = true; }
    @Override public void closeOnCompletion() { }
    @Override public boolean execute() { return preparedSql.startsWith("SELECT"); }
    @Override public boolean execute(String p0, int[] p1) { return p0.startsWith("SELECT"); }
    @Override public boolean execute(String p0, String[] p1) { return p0.startsWith("SELECT"); }
    @Override public boolean execute(String p0, int p1) { return p0.startsWith("SELECT"); }
    @Override public boolean execute(String p0) { return p0.startsWith("SELECT"); }
    @Override public int[] executeBatch() { return new int[0]; }
    @Override public ResultSet executeQuery() { return new StubResultSet(this); }
    @Override public ResultSet executeQuery(String p0) { return new StubResultSet(this); }
    @Override public int executeUpdate() { return 1; }
    @Override public int executeUpdate(String p0, int[] p1) { return 1; }
    @Override public int executeUpdate(String p0, String[] p1) { return 1; }
    @Override public int executeUpdate(String p0, int p1) { return 1; }
    @Override public int executeUpdate(String p0) { return 1; }
    @Override public Connection getConnection() { return connection; }
    @Override public int getFetchDirection() { return ResultSet.FETCH_FORWARD; }
    @Override public int getFetchSize() { return 0; }
    @Override public ResultSet getGeneratedKeys() { return null; }
    @Override public int getMaxFieldSize() { return 0; }
    @Override public int getMaxRows() { return 0; }
    @Override public ResultSetMetaData getMetaData() { return null; }
    @Override public boolean getMoreResults() { return false; }
    @Override public boolean getMoreResults(int p0) { return false; }
    @Override public ParameterMetaData getParameterMetaData() { return null; }
    @Override public int getQueryTimeout() { return 0; }
    @Override public ResultSet getResultSet() { return new StubResultSet(this); }
    @Override public int getResultSetConcurrency() { return ResultSet.CONCUR_READ_ONLY; }
    @Override public int getResultSetHoldability() { return 0; }
    @Override public int getResultSetType() { return ResultSet.TYPE_FORWARD_ONLY; }
    @Override public int getUpdateCount() { return -1; }
    @Override public SQLWarning getWarnings() { return null; }
    @Override public boolean isCloseOnCompletion() { return false; }
    @Override public boolean isClosed() { return closed; }
    @Override public boolean isPoolable() { return false; }
    @Override public boolean isWrapperFor(Class<?> p0) { return p0.isInstance(this); }
    @Override public void setArray(int p0, Array p1) { }
    @Override public void setAsciiStream(int p0, InputStream p1, int p2) { }
    @Override public void setAsciiStream(int p0, InputStream p1, long p2) { }
    @Override public void setAsciiStream(int p0, InputStream p1) { }
    @Override public void setBigDecimal(int p0, BigDecimal p1) { }
    @Override public void setBinaryStream(int p0, InputStream p1, int p2) { }
    @Override public void setBinaryStream(int p0, InputStream p1, long p2) { }
    @Override public void setBinaryStream(int p0, InputStream p1) { }
    @Override public void setBlob(int p0, InputStream p1, long p2) { }
    @Override public void setBlob(int p0, InputStream p1) { }
    @Override public void setBlob(int p0, Blob p1) { }
    @Override public void setBoolean(int p0, boolean p1) { }
    @Override public void setByte(int p0, byte p1) { }
    @Override public void setBytes(int p0, byte[] p1) { }
    @Override public void setCharacterStream(int p0, Reader p1, int p2) { }
    @Override public void setCharacterStream(int p0, Reader p1, long p2) { }
    @Override public void setCharacterStream(int p0, Reader p1) { }
    @Override public void setClob(int p0, Reader p1, long p2) { }
    @Override public void setClob(int p0, Reader p1) { }
    @Override public void setClob(int p0, Clob p1) { }
    @Override public void setCursorName(String p0) { }
    @Override public void setDate(int p0, Date p1, Calendar p2) { }
    @Override public void setDate(int p0, Date p1) { }
    @Override public void setDouble(int p0, double p1) { }
    @Override public void setEscapeProcessing(boolean p0) { }
    @Override public void setFetchDirection(int p0) { }
    @Override public void setFetchSize(int p0) { }
    @Override public void setFloat(int p0, float p1) { }
    @Override public void setInt(int p0, int p1) { }
    @Override public void setLong(int p0, long p1) { }
    @Override public void setMaxFieldSize(int p0) { }
    @Override public void setMaxRows(int p0) { }
    @Override public void setNCharacterStream(int p0, Reader p1, long p2) { }
    @Override public void setNCharacterStream(int p0, Reader p1) { }
    @Override public void setNClob(int p0, Reader p1, long p2) { }
    @Override public void setNClob(int p0, Reader p1) { }
    @Override public void setNClob(int p0, NClob p1) { }
    @Override public void setNString(int p0, String p1) { }
    @Override public void setNull(int p0, int p1, String p2) { }
    @Override public void setNull(int p0, int p1) { }
    @Override public void setObject(int p0, Object p1, int p2, int p3) { }
    @Override public void setObject(int p0, Object p1, int p2) { }
    @Override public void setObject(int p0, Object p1) { }
    @Override public void setPoolable(boolean p0) { }
    @Override public void setQueryTimeout(int p0) { }
    @Override public void setRef(int p0, Ref p1) { }
    @Override public void setRowId(int p0, RowId p1) { }
    @Override public void setSQLXML(int p0, SQLXML p1) { }
    @Override public void setShort(int p0, short p1) { }
    @Override public void setString(int p0, String p1) { }
    @Override public void setTime(int p0, Time p1, Calendar p2) { }
    @Override public void setTime(int p0, Time p1) { }
    @Override public void setTimestamp(int p0, Timestamp p1, Calendar p2) { }
    @Override public void setTimestamp(int p0, Timestamp p1) { }
    @Override public void setURL(int p0, URL p1) { }
    @Override public void setUnicodeStream(int p0, InputStream p1, int p2) { }
    @Override public <T> T unwrap(Class<T> p0) { return p0.cast(this); }
}
