package io.repmysql.benchmarks.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.*;
import java.util.Calendar;
import java.util.Map;

/**
 * One row: every column reads as 1 (or "1"). Only the calls that carry state are written out; the rest return
 * defaults.
 */
public final class StubResultSet implements ResultSet {

    private final Statement statement;
    private int rowsLeft = 1;
    private boolean closed;

    StubResultSet(Statement statement) {
        this.statement = statement;
    }

    @Override public boolean absolute(int p0) { return false; }
    @Override public void afterLast() { }
    @Override public void beforeFirst() { }
    @Override public void cancelRowUpdates() { }
    @Override public void clearWarnings() { }
    @Override public void close() { closed = true; }
    @Override public void deleteRow() { }
    @Override public int findColumn(String p0) { return 0; }
    @Override public boolean first() { return false; }
    @Override public Array getArray(String p0) { return null; }
    @Override public Array getArray(int p0) { return null; }
    @Override public InputStream getAsciiStream(String p0) { return null; }
    @Override public InputStream getAsciiStream(int p0) { return null; }
    @Override public BigDecimal getBigDecimal(String p0, int p1) { return null; }
    @Override public BigDecimal getBigDecimal(String p0) { return null; }
    @Override public BigDecimal getBigDecimal(int p0, int p1) { return null; }
    @Override public BigDecimal getBigDecimal(int p0) { return null; }
    @Override public InputStream getBinaryStream(String p0) { return null; }
    @Override public InputStream getBinaryStream(int p0) { return null; }
    @Override public Blob getBlob(String p0) { return null; }
    @Override public Blob getBlob(int p0) { return null; }
    @Override public boolean getBoolean(String p0) { return false; }
    @Override public boolean getBoolean(int p0) { return false; }
    @Override public byte getByte(String p0) { return 0; }
    @Override public byte getByte(int p0) { return 0; }
    @Override public byte[] getBytes(String p0) { return null; }
    @Override public byte[] getBytes(int p0) { return null; }
    @Override public Reader getCharacterStream(String p0) { return null; }
    @Override public Reader getCharacterStream(int p0) { return null; }
    @Override public Clob getClob(String p0) { return null; }
    @Override public Clob getClob(int p0) { return null; }
    @Override public int getConcurrency() { return CONCUR_READ_ONLY; }
    @Override public String getCursorName() { return null; }
    @Override public Date getDate(String p0, Calendar p1) { return null; }
    @Override public Date getDate(String p0) { return null; }
    @Override public Date getDate(int p0, Calendar p1) { return null; }
    @Override public Date getDate(int p0) { return null; }
    @Override public double getDouble(String p0) { return 0d; }
    @Override public double getDouble(int p0) { return 0d; }
    @Override public int getFetchDirection() { return FETCH_FORWARD; }
    @Override public int getFetchSize() { return 0; }
    @Override public float getFloat(String p0) { return 0f; }
    @Override public float getFloat(int p0) { return 0f; }
    @Override public int getHoldability() { return HOLD_CURSORS_OVER_COMMIT; }
    @Override public int getInt(String p0) { return 1; }
    @Override public int getInt(int p0) { return 1; }
    @Override public long getLong(String p0) { return 1L; }
    @Override public long getLong(int p0) { return 1L; }
    @Override public ResultSetMetaData getMetaData() { return null; }
    @Override public Reader getNCharacterStream(String p0) { return null; }
    @Override public Reader getNCharacterStream(int p0) { return null; }
    @Override public NClob getNClob(String p0) { return null; }
    @Override public NClob getNClob(int p0) { return null; }
    @Override public String getNString(String p0) { return null; }
    @Override public String getNString(int p0) { return null; }
    @Override public <T> T getObject(String p0, Class<T> p1) { return null; }
    @Override public Object getObject(String p0, Map<String, Class<?>> p1) { return null; }
    @Override public Object getObject(String p0) { return null; }
    @Override public <T> T getObject(int p0, Class<T> p1) { return null; }
    @Override public Object getObject(int p0, Map<String, Class<?>> p1) { return null; }
    @Override public Object getObject(int p0) { return null; }
    @Override public Ref getRef(String p0) { return null; }
    @Override public Ref getRef(int p0) { return null; }
    @Override public int getRow() { return 0; }
    @Override public RowId getRowId(String p0) { return null; }
    @Override public RowId getRowId(int p0) { return null; }
    @Override public SQLXML getSQLXML(String p0) { return null; }
    @Override public SQLXML getSQLXML(int p0) { return null; }
    @Override public short getShort(String p0) { return 0; }
    @Override public short getShort(int p0) { return 0; }
    @Override public Statement getStatement() { return statement; }
    @Override public String getString(String p0) { return "1"; }
    @Override public String getString(int p0) { return "1"; }
    @Override public Time getTime(String p0, Calendar p1) { return null; }
    @Override public Time getTime(String p0) { return null; }
    @Override public Time getTime(int p0, Calendar p1) { return null; }
    @Override public Time getTime(int p0) { return null; }
    @Override public Timestamp getTimestamp(String p0, Calendar p1) { return null; }
    @Override public Timestamp getTimestamp(String p0) { return null; }
    @Override public Timestamp getTimestamp(int p0, Calendar p1) { return null; }
    @Override public Timestamp getTimestamp(int p0) { return null; }
    @Override public int getType() { return TYPE_FORWARD_ONLY; }
    @Override public URL getURL(String p0) { return null; }
    @Override public URL getURL(int p0) { return null; }
    @Override public InputStream getUnicodeStream(String p0) { return null; }
    @Override public InputStream getUnicodeStream(int p0) { return null; }
    @Override public SQLWarning getWarnings() { return null; }
    @Override public void insertRow() { }
    @Override public boolean isAfterLast() { return false; }
    @Override public boolean isBeforeFirst() { return false; }
    @Override public boolean isClosed() { return closed; }
    @Override public boolean isFirst() { return false; }
    @Override public boolean isLast() { return false; }
    @Override public boolean isWrapperFor(Class<?> p0) { return p0.isInstance(this); }
    @Override public boolean last() { return false; }
    @Override public void moveToCurrentRow() { }
    @Override public void moveToInsertRow() { }
    @Override public boolean next() { return rowsLeft-- > 0; }
    @Override public boolean previous() { return false; }
    @Override public void refreshRow() { }
    @Override public boolean relative(int p0) { return false; }
    @Override public boolean rowDeleted() { return false; }
    @Override public boolean rowInserted() { return false; }
    @Override public boolean rowUpdated() { return false; }
    @Override public void setFetchDirection(int p0) { }
    @Override public void setFetchSize(int p0) { }
    @Override public <T> T unwrap(Class<T> p0) { return p0.cast(this); }
    @Override public void updateArray(String p0, Array p1) { }
    @Override public void updateArray(int p0, Array p1) { }
    @Override public void updateAsciiStream(String p0, InputStream p1, int p2) { }
    @Override public void updateAsciiStream(String p0, InputStream p1, long p2) { }
    @Override public void updateAsciiStream(String p0, InputStream p1) { }
    @Override public void updateAsciiStream(int p0, InputStream p1, int p2) { }
    @Override public void updateAsciiStream(int p0, InputStream p1, long p2) { }
    @Override public void updateAsciiStream(int p0, InputStream p1) { }
    @Override public void updateBigDecimal(String p0, BigDecimal p1) { }
    @Override public void updateBigDecimal(int p0, BigDecimal p1) { }
    @Override public void updateBinaryStream(String p0, InputStream p1, int p2) { }
    @Override public void updateBinaryStream(String p0, InputStream p1, long p2) { }
    @Override public void updateBinaryStream(String p0, InputStream p1) { }
    @Override public void updateBinaryStream(int p0, InputStream p1, int p2) { }
    @Override public void updateBinaryStream(int p0, InputStream p1, long p2) { }
    @Override public void updateBinaryStream(int p0, InputStream p1) { }
    @Override public void updateBlob(String p0, InputStream p1, long p2) { }
    @Override public void updateBlob(String p0, InputStream p1) { }
    @Override public void updateBlob(String p0, Blob p1) { }
    @Override public void updateBlob(int p0, InputStream p1, long p2) { }
    @Override public void updateBlob(int p0, InputStream p1) { }
    @Override public void updateBlob(int p0, Blob p1) { }
    @Override public void updateBoolean(String p0, boolean p1) { }
    @Override public void updateBoolean(int p0, boolean p1) { }
    @Override public void updateByte(String p0, byte p1) { }
    @Override public void updateByte(int p0, byte p1) { }
    @Override public void updateBytes(String p0, byte[] p1) { }
    @Override public void updateBytes(int p0, byte[] p1) { }
    @Override public void updateCharacterStream(String p0, Reader p1, int p2) { }
    @Override public void updateCharacterStream(String p0, Reader p1, long p2) { }
    @Override public void updateCharacterStream(String p0, Reader p1) { }
    @Override public void updateCharacterStream(int p0, Reader p1, int p2) { }
    @Override public void updateCharacterStream(int p0, Reader p1, long p2) { }
    @Override public void updateCharacterStream(int p0, Reader p1) { }
    @Override public void updateClob(String p0, Reader p1, long p2) { }
    @Override public void updateClob(String p0, Reader p1) { }
    @Override public void updateClob(String p0, Clob p1) { }
    @Override public void updateClob(int p0, Reader p1, long p2) { }
    @Override public void updateClob(int p0, Reader p1) { }
    @Override public void updateClob(int p0, Clob p1) { }
    @Override public void updateDate(String p0, Date p1) { }
    @Override public void updateDate(int p0, Date p1) { }
    @Override public void updateDouble(String p0, double p1) { }
    @Override public void updateDouble(int p0, double p1) { }
    @Override public void updateFloat(String p0, float p1) { }
    @Override public void updateFloat(int p0, float p1) { }
    @Override public void updateInt(String p0, int p1) { }
    @Override public void updateInt(int p0, int p1) { }
    @Override public void updateLong(String p0, long p1) { }
    @Override public void updateLong(int p0, long p1) { }
    @Override public void updateNCharacterStream(String p0, Reader p1, long p2) { }
    @Override public void updateNCharacterStream(String p0, Reader p1) { }
    @Override public void updateNCharacterStream(int p0, Reader p1, long p2) { }
    @Override public void updateNCharacterStream(int p0, Reader p1) { }
    @Override public void updateNClob(String p0, Reader p1, long p2) { }
    @Override public void updateNClob(String p0, Reader p1) { }
    @Override public void updateNClob(String p0, NClob p1) { }
    @Override public void updateNClob(int p0, Reader p1, long p2) { }
    @Override public void updateNClob(int p0, Reader p1) { }
    @Override public void updateNClob(int p0, NClob p1) { }
    @Override public void updateNString(String p0, String p1) { }
    @Override public void updateNString(int p0, String p1) { }
    @Override public void updateNull(String p0) { }
    @Override public void updateNull(int p0) { }
    @Override public void updateObject(String p0, Object p1, int p2) { }
    @Override public void updateObject(String p0, Object p1) { }
    @Override public void updateObject(int p0, Object p1, int p2) { }
    @Override public void updateObject(int p0, Object p1) { }
    @Override public void updateRef(String p0, Ref p1) { }
    @Override public void updateRef(int p0, Ref p1) { }
    @Override public void updateRow() { }
    @Override public void updateRowId(String p0, RowId p1) { }
    @Override public void updateRowId(int p0, RowId p1) { }
    @Override public void updateSQLXML(String p0, SQLXML p1) { }
    @Override public void updateSQLXML(int p0, SQLXML p1) { }
    @Override public void updateShort(String p0, short p1) { }
    @Override public void updateShort(int p0, short p1) { }
    @Override public void updateString(String p0, String p1) { }
    @Override public void updateString(int p0, String p1) { }
    @Override public void updateTime(String p0, Time p1) { }
    @Override public void updateTime(int p0, Time p1) { }
    @Override public void updateTimestamp(String p0, Timestamp p1) { }
    @Override public void updateTimestamp(int p0, Timestamp p1) { }
    @Override public boolean wasNull() { return false; }
}
