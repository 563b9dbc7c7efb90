package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The setters of a plain Statement: applied to the physical statements that exist and remembered for those created
 * at a later execute. The matching getters are generated pass-throughs, which answer the same values.
 */
abstract class StatementSetters extends LogicalStatementBase {

    private final StatementSettings settings;

    StatementSetters(LogicalConnection connection, StatementSettings settings) {
        super(connection);
        this.settings = settings;
    }

    /** Runs {@code action} on each physical statement created so far. */
    abstract void forEachPhysical(PhysicalConnections.SqlConsumer<Statement> action) throws SQLException;

    @Override
    public void setMaxRows(int max) throws SQLException {
        checkOpen();
        settings.maxRows = max;
        forEachPhysical(s -> s.setMaxRows(max));
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        settings.largeMaxRows = max;
        forEachPhysical(s -> s.setLargeMaxRows(max));
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        settings.fetchSize = rows;
        forEachPhysical(s -> s.setFetchSize(rows));
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        settings.fetchDirection = direction;
        forEachPhysical(s -> s.setFetchDirection(direction));
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        settings.queryTimeout = seconds;
        forEachPhysical(s -> s.setQueryTimeout(seconds));
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        settings.maxFieldSize = max;
        forEachPhysical(s -> s.setMaxFieldSize(max));
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
        settings.escapeProcessing = enable;
        forEachPhysical(s -> s.setEscapeProcessing(enable));
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        settings.poolable = poolable;
        forEachPhysical(s -> s.setPoolable(poolable));
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        checkOpen();
        settings.cursorName = name;
        forEachPhysical(s -> s.setCursorName(name));
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        settings.closeOnCompletion = true;
        forEachPhysical(Statement::closeOnCompletion);
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return settings.closeOnCompletion;
    }
}
