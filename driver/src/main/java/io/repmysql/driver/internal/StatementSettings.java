package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the application set on a plain Statement before it knew where the statement would run; applied to each
 * physical statement when it is created. Only what was set is applied.
 */
final class StatementSettings {

    Integer maxRows;
    Long largeMaxRows;
    Integer fetchSize;
    Integer fetchDirection;
    Integer queryTimeout;
    Integer maxFieldSize;
    Boolean escapeProcessing;
    Boolean poolable;
    String cursorName;
    boolean closeOnCompletion;

    void applyTo(Statement statement) throws SQLException {
        if (maxRows != null) {
            statement.setMaxRows(maxRows);
        }
        if (largeMaxRows != null) {
            statement.setLargeMaxRows(largeMaxRows);
        }
        if (fetchSize != null) {
            statement.setFetchSize(fetchSize);
        }
        if (fetchDirection != null) {
            statement.setFetchDirection(fetchDirection);
        }
        if (queryTimeout != null) {
            statement.setQueryTimeout(queryTimeout);
        }
        if (maxFieldSize != null) {
            statement.setMaxFieldSize(maxFieldSize);
        }
        if (escapeProcessing != null) {
            statement.setEscapeProcessing(escapeProcessing);
        }
        if (poolable != null) {
            statement.setPoolable(poolable);
        }
        if (cursorName != null) {
            statement.setCursorName(cursorName);
        }
        if (closeOnCompletion) {
            statement.closeOnCompletion();
        }
    }
}
