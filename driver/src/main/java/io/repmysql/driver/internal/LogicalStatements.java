package io.repmysql.driver.internal;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the logical statements of one connection and keeps those still open, so closing the connection closes
 * them. A Statement routes itself at each execute; a prepared or callable one is bound to its physical connection
 * when prepared, by its SQL (and, when its result sets can write back, to the writer).
 */
final class LogicalStatements {

    private final LogicalConnection connection;
    private final ExecutionPipeline pipeline;
    private final PhysicalConnections physicals;
    /**
     * Open statements. A list searched from its end, as HikariCP's FastList: a statement is usually closed before
     * the next opens, and a set would hash each new statement's identity (a quarter of the wrapper's own time on
     * the stub driver).
     */
    private final ArrayList<Statement> open = new ArrayList<>();

    LogicalStatements(LogicalConnection connection, ExecutionPipeline pipeline, PhysicalConnections physicals) {
        this.connection = connection;
        this.pipeline = pipeline;
        this.physicals = physicals;
    }

    /** -1 for an argument the application left out. */
    Statement create(int type, int concurrency, int holdability) throws SQLException {
        StatementBinder binder = new StatementBinder(physicals, type, concurrency, holdability,
                new StatementSettings());
        return track(PerStatementWrappers.statement(connection, pipeline, binder));
    }

    PreparedStatement prepare(String sql, int concurrency, Preparer<PreparedStatement> preparer)
            throws SQLException {
        ExecutionPipeline.Prepared prepared = pipeline.prepare(sql, concurrency == ResultSet.CONCUR_UPDATABLE,
                preparer);
        PreparedStatement physical = preparer.prepare(prepared.owner(), sql);
        return track(PerStatementWrappers.prepared(connection, pipeline, prepared, physical));
    }

    CallableStatement call(String sql, Preparer<CallableStatement> preparer) throws SQLException {
        ExecutionPipeline.Prepared prepared = pipeline.prepareCall(sql);
        CallableStatement physical = preparer.prepare(prepared.owner(), sql);
        return track(PerStatementWrappers.callable(connection, pipeline, prepared, physical));
    }

    private <S extends Statement> S track(S statement) {
        open.add(statement);
        return statement;
    }

    /** A statement closed itself. */
    void closed(Statement statement) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i) == statement) {
                open.remove(i);
                return;
            }
        }
    }

    /** Closes every statement still open; a failure costs that statement only. */
    void closeAll() {
        try {
            for (Statement statement : List.copyOf(open)) {
                PhysicalConnections.closeQuietly(statement);
            }
        } finally {
            open.clear();
        }
    }

    /** Prepares on one physical connection, with the variant of prepareStatement the application called. */
    @FunctionalInterface
    interface Preparer<S extends PreparedStatement> {
        S prepare(Connection connection, String sql) throws SQLException;
    }
}
