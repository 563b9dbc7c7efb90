package io.repmysql.driver.internal;

import java.lang.invoke.MethodHandle;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.driver.proxy.Wrappers;

/**
 * The wrappers made once per statement or result set. Each constructor handle is a constant (a static final field
 * of a holder, generated on first use), so {@code invokeExact} compiles to a plain allocation; going through
 * {@link Wrappers#create} instead costs an argument array and an indirect call per object.
 */
final class PerStatementWrappers {

    private PerStatementWrappers() {
    }

    static LogicalStatement statement(LogicalConnection connection, ExecutionPipeline pipeline, StatementBinder binder)
            throws SQLException {
        try {
            return (LogicalStatement) Statements.NEW.invokeExact(connection, pipeline, binder);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw Wrappers.failed(LogicalStatement.class, e);
        }
    }

    static LogicalPreparedStatement prepared(LogicalConnection connection, ExecutionPipeline pipeline,
                                             ExecutionPipeline.Prepared prepared, PreparedStatement physical)
            throws SQLException {
        try {
            return (LogicalPreparedStatement) PreparedStatements.NEW.invokeExact(connection, pipeline, prepared,
                    physical);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw Wrappers.failed(LogicalPreparedStatement.class, e);
        }
    }

    static LogicalCallableStatement callable(LogicalConnection connection, ExecutionPipeline pipeline,
                                             ExecutionPipeline.Prepared prepared, CallableStatement physical)
            throws SQLException {
        try {
            return (LogicalCallableStatement) CallableStatements.NEW.invokeExact(connection, pipeline, prepared,
                    physical);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw Wrappers.failed(LogicalCallableStatement.class, e);
        }
    }

    static LogicalResultSet resultSet(ResultSet physical, LogicalStatementBase statement) throws SQLException {
        try {
            return (LogicalResultSet) ResultSets.NEW.invokeExact(physical, (Statement) statement);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw Wrappers.failed(LogicalResultSet.class, e);
        }
    }

    // One holder per class: a class is generated only when its first object is made.

    private static final class Statements {
        static final MethodHandle NEW = Wrappers.constructor(LogicalStatement.class);
    }

    private static final class PreparedStatements {
        static final MethodHandle NEW = Wrappers.constructor(LogicalPreparedStatement.class);
    }

    private static final class CallableStatements {
        static final MethodHandle NEW = Wrappers.constructor(LogicalCallableStatement.class);
    }

    private static final class ResultSets {
        static final MethodHandle NEW = Wrappers.constructor(LogicalResultSet.class);
    }
}
