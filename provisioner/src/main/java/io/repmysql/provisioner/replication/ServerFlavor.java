package io.repmysql.provisioner.replication;

import java.sql.Connection;
import java.sql.SQLException;

/** The server family, read from the server itself: their replication SQL differs. */
public enum ServerFlavor {
    MARIADB(new MariaDbReplicationSql()),
    MYSQL(new MySqlReplicationSql());

    private final ReplicationSql sql;

    ServerFlavor(ReplicationSql sql) {
        this.sql = sql;
    }

    public ReplicationSql sql() {
        return sql;
    }

    /** MariaDB says so in its version string; everything else speaking the protocol is treated as MySQL. */
    public static ServerFlavor of(Connection connection) throws SQLException {
        return fromVersion(connection.getMetaData().getDatabaseProductVersion());
    }

    static ServerFlavor fromVersion(String version) {
        return version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }
}
