package io.repmysql.demo.servedby;

import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Asks the server that runs the current transaction who it is. It is a plain SELECT, so it goes where the
 * transaction went: a replica in a read-only transaction, the primary after a write. Every answer is also
 * remembered in {@link SeenServers}, which is how the cluster page knows server ids.
 */
@Component
public class ServerIdentityQuery {

    static final String SQL = "SELECT @@server_id, @@hostname, @@port, @@read_only";

    @PersistenceContext
    private EntityManager entityManager;

    private final SeenServers seen;

    public ServerIdentityQuery(SeenServers seen) {
        this.seen = seen;
    }

    public ServerIdentity current() {
        ServerIdentity identity = entityManager.unwrap(Session.class).doReturningWork(ServerIdentityQuery::ask);
        seen.saw(identity);
        return identity;
    }

    static ServerIdentity ask(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(SQL)) {
            row.next();
            boolean readOnly = row.getBoolean(4);
            if (!connection.isWrapperFor(RepMySqlConnection.class)) {
                return new ServerIdentity(row.getLong(1), row.getString(2), row.getInt(3), readOnly, null, 0, null);
            }
            RepMySqlConnection driver = connection.unwrap(RepMySqlConnection.class);
            Reason reason = driver.lastRoute() == null ? null : driver.lastRoute().reason();
            String fallback = reason == Reason.CONSISTENCY_TIMEOUT || reason == Reason.READER_UNAVAILABLE
                    ? reason.name() : null;
            return new ServerIdentity(row.getLong(1), row.getString(2), row.getInt(3), readOnly,
                    driver.serverAddress(readOnly ? Target.READER : Target.WRITER), driver.readWait().toMillis(),
                    fallback);
        }
    }
}
