package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.driver.routing.Target;

/**
 * Which physical statement a plain Statement uses on each target: at most one per physical connection, created
 * with the statement's options and settings on first use, and a fresh one when the reader or writer was replaced.
 */
final class StatementBinder {

    private final PhysicalConnections physicals;
    private final int type;
    private final int concurrency;
    private final int holdability;
    private final StatementSettings settings;
    private Statement onWriter;
    private Statement onReader;
    private Connection readerOwner;
    private Connection writerOwner;
    private Statement current;

    /** {@code type}, {@code concurrency}, {@code holdability}: -1 for the driver's default. */
    StatementBinder(PhysicalConnections physicals, int type, int concurrency, int holdability,
                    StatementSettings settings) {
        this.physicals = physicals;
        this.type = type;
        this.concurrency = concurrency;
        this.holdability = holdability;
        this.settings = settings;
    }

    /** What the application set on the statement, applied to each physical statement created. */
    StatementSettings settings() {
        return settings;
    }

    /** True when the statement's result sets can write back (CONCUR_UPDATABLE): its reads need the writer. */
    boolean updatable() {
        return concurrency == ResultSet.CONCUR_UPDATABLE;
    }

    /** The physical statement that executed last, else one where a statement-less call would go. */
    Statement current() throws SQLException {
        return current != null ? current : bound(physicals.anyTarget());
    }

    /** The physical statement on {@code target}, which becomes the current one. */
    Statement use(Target target) throws SQLException {
        Statement physical = bound(target);
        current = physical;
        return physical;
    }

    /** The physical statement on {@code target}'s connection, created on first use. */
    private Statement bound(Target target) throws SQLException {
        Connection physical = physicals.get(target);
        if (target == Target.READER) {
            if (onReader == null || readerOwner != physical) {
                onReader = create(physical);
                readerOwner = physical;
            }
            return onReader;
        }
        if (onWriter == null || writerOwner != physical) {
            onWriter = create(physical);
            writerOwner = physical;
        }
        return onWriter;
    }

    private Statement create(Connection physical) throws SQLException {
        Statement statement = type < 0 ? physical.createStatement()
                : holdability < 0 ? physical.createStatement(type, concurrency)
                : physical.createStatement(type, concurrency, holdability);
        settings.applyTo(statement);
        return statement;
    }

    void forEachPhysical(PhysicalConnections.SqlConsumer<Statement> action) throws SQLException {
        if (onWriter != null && writerOwner == physicals.ifOpen(Target.WRITER)) {
            action.accept(onWriter);
        }
        if (onReader != null && readerOwner == physicals.ifOpen(Target.READER)) {
            action.accept(onReader);
        }
    }

    void close() throws SQLException {
        try {
            forEachPhysical(Statement::close);
        } finally {
            onWriter = null;
            onReader = null;
            current = null;
        }
    }
}
