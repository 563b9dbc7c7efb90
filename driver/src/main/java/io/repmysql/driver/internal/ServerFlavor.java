package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * MariaDB or MySQL, told from the server version Connector/J received in the handshake (no round trip). Their GTID
 * syntax differs; everything else the driver sends is common to both.
 */
enum ServerFlavor {
    MARIADB("SET SESSION session_track_system_variables = "
            + "CONCAT_WS(',', NULLIF(@@session_track_system_variables, ''), 'last_gtid')",
            "SELECT MASTER_GTID_WAIT(?, ?)", "SELECT @@GLOBAL.gtid_binlog_pos"),
    MYSQL("SET SESSION session_track_gtids = OWN_GTID", "SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?)",
            "SELECT @@GLOBAL.gtid_executed");

    private final String trackGtidSql;
    private final String waitSql;
    private final String positionSql;

    ServerFlavor(String trackGtidSql, String waitSql, String positionSql) {
        this.trackGtidSql = trackGtidSql;
        this.waitSql = waitSql;
        this.positionSql = positionSql;
    }

    static ServerFlavor of(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }

    /** Makes the server report this session's GTID in every OK packet. */
    String trackGtidSql() {
        return trackGtidSql;
    }

    /** Waits for a GTID, parameters (gtid, timeout in seconds); answers 0 once applied (MariaDB -1, MySQL 1 on timeout). */
    String waitSql() {
        return waitSql;
    }

    /** What the server has written to its binary log: on the source, every transaction a read there could see. */
    String positionSql() {
        return positionSql;
    }
}
