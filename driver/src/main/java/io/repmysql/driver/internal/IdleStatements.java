package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Physical prepared statements that a closed logical one left as it found them, kept per physical connection and
 * SQL string so that the next {@code prepareStatement(sql)} there takes one instead of making a new one. A held
 * connection that prepares per operation otherwise pays, every time, for Connector/J building a statement (a
 * dozen property look-ups, its query and bindings, registering it with the connection) and closing it again;
 * Connector/J's own statement cache keeps only the parse. JDBC allows this: a PreparedStatement is poolable
 * unless {@code setPoolable(false)} says otherwise.
 * <p>
 * A statement is taken only where Connector/J would make an equal one: the same physical connection, still open,
 * in the same database (Connector/J runs a statement in the database it was made in).
 */
final class IdleStatements {

    /** Statements kept per physical connection, the least recently closed closed first beyond it. */
    static final int PER_CONNECTION = 32;

    private final Map<Connection, Map<String, Idle>> byConnection = new IdentityHashMap<>(4);

    /**
     * A statement made earlier on {@code owner} for {@code sql}, ready for new parameters, or null; {@code database}
     * is {@link #database(Connection) owner's database} now.
     */
    PreparedStatement take(Connection owner, String sql, String database) {
        Map<String, Idle> idle = byConnection.get(owner);
        Idle kept = idle == null ? null : idle.remove(sql);
        if (kept == null) {
            return null;
        }
        if (isClosed(owner) || !Objects.equals(kept.database, database)) {
            PhysicalConnections.closeQuietly(kept.statement);
            return null;
        }
        return kept.statement;
    }

    /** The database a statement made on {@code owner} now would run in; recorded when it is made. */
    static String database(Connection owner) throws SQLException {
        String catalog = owner.getCatalog();
        return catalog != null ? catalog : owner.getSchema();
    }

    /** Keeps {@code statement}, made on {@code owner} in {@code database}, whose logical statement closed. */
    void keep(Connection owner, String sql, String database, PreparedStatement statement) {
        if (isClosed(owner)) {
            PhysicalConnections.closeQuietly(statement);
            return;
        }
        Map<String, Idle> idle = byConnection.get(owner);
        if (idle == null) {
            byConnection.values().removeIf(IdleStatements::forgetIfGone);
            idle = new Lru();
            byConnection.put(owner, idle);
        }
        Idle replaced = idle.put(sql, new Idle(statement, database));
        if (replaced != null) {
            PhysicalConnections.closeQuietly(replaced.statement);
        }
    }

    /** Closes every kept statement (the logical connection is closing). */
    void closeAll() {
        for (Map<String, Idle> idle : byConnection.values()) {
            idle.values().forEach(i -> PhysicalConnections.closeQuietly(i.statement));
        }
        byConnection.clear();
    }

    /** Statements of a physical connection that was closed (and replaced) are dropped with it. */
    private static boolean forgetIfGone(Map<String, Idle> idle) {
        for (Idle i : idle.values()) {
            try {
                if (!i.statement.isClosed() && !isClosed(i.statement.getConnection())) {
                    return false;
                }
            } catch (SQLException e) {
                // a statement that cannot answer is as good as closed
            }
        }
        idle.values().forEach(i -> PhysicalConnections.closeQuietly(i.statement));
        return true;
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private record Idle(PreparedStatement statement, String database) {
    }

    private static final class Lru extends LinkedHashMap<String, Idle> {

        Lru() {
            super(16, 0.75f, false);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Idle> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            PhysicalConnections.closeQuietly(eldest.getValue().statement);
            return true;
        }
    }
}
