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
            "SELECT MASTER_GTID_WAIT(?, ?)", "SELECT @@GLOBAL.gtid_binlog_pos",
            "SELECT CONCAT_WS(':', @@server_id, @@hostname, @@port), CAST(UNIX_TIMESTAMP() - VARIABLE_VALUE AS SIGNED) "
                    + "FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'UPTIME'"),
    MYSQL("SET SESSION session_track_gtids = OWN_GTID", "SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?)",
            "SELECT @@GLOBAL.gtid_executed",
            "SELECT CONCAT_WS(':', @@server_uuid, @@hostname, @@port), CAST(UNIX_TIMESTAMP() - VARIABLE_VALUE AS SIGNED) "
                    + "FROM performance_schema.global_status WHERE VARIABLE_NAME = 'Uptime'");

    private final String trackGtidSql;
    private final String waitSql;
    private final String positionSql;
    private final String identitySql;

    ServerFlavor(String trackGtidSql, String waitSql, String positionSql, String identitySql) {
        this.trackGtidSql = trackGtidSql;
        this.waitSql = waitSql;
        this.positionSql = positionSql;
        this.identitySql = identitySql;
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

    /**
     * Which server this is and when it started: (server id or uuid, host and port; epoch seconds). The start time
     * tells a restarted or rebuilt server from the one it replaced.
     */
    String identitySql() {
        return identitySql;
    }
}
