package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the application set on a plain Statement before it knew where the statement would run; applied to each
 * physical statement when it is created. Only what was set is applied.
 */
final class StatementSettings {

    private Integer maxRows;
    private Long largeMaxRows;
    private Integer fetchSize;
    private Integer fetchDirection;
    private Integer queryTimeout;
    private Integer maxFieldSize;
    private Boolean escapeProcessing;
    private Boolean poolable;
    private String cursorName;
    private boolean closeOnCompletion;

    void maxRows(int value) {
        maxRows = value;
    }

    void largeMaxRows(long value) {
        largeMaxRows = value;
    }

    void fetchSize(int value) {
        fetchSize = value;
    }

    void fetchDirection(int value) {
        fetchDirection = value;
    }

    void queryTimeout(int value) {
        queryTimeout = value;
    }

    void maxFieldSize(int value) {
        maxFieldSize = value;
    }

    void escapeProcessing(boolean value) {
        escapeProcessing = value;
    }

    void poolable(boolean value) {
        poolable = value;
    }

    void cursorName(String value) {
        cursorName = value;
    }

    void closeOnCompletion() {
        closeOnCompletion = true;
    }

    boolean isCloseOnCompletion() {
        return closeOnCompletion;
    }

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
