package io.repmysql.provisioner.replication;

import java.util.List;

/** MariaDB: {@code CHANGE MASTER TO … MASTER_USE_GTID=slave_pos}, {@code MASTER_GTID_WAIT}, built-in semi-sync. */
final class MariaDbReplicationSql implements ReplicationSql {

    @Override
    public List<String> changeSource(String host, int port, String user, String password) {
        return List.of("CHANGE MASTER TO MASTER_HOST=" + SqlLiterals.string(host) + ", MASTER_PORT=" + port
                + ", MASTER_USER=" + SqlLiterals.string(user) + ", MASTER_PASSWORD=" + SqlLiterals.string(password)
                + ", MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1");
    }

    @Override
    public String startReplica() {
        return "START SLAVE";
    }

    @Override
    public String stopReplica() {
        return "STOP SLAVE";
    }

    @Override
    public List<String> resetReplica() {
        return List.of("STOP SLAVE", "RESET SLAVE ALL");
    }

    @Override
    public String showReplicaStatus() {
        return "SHOW SLAVE STATUS";
    }

    @Override
    public ReplicaStatusColumns statusColumns() {
        return new ReplicaStatusColumns("Slave_IO_Running", "Slave_SQL_Running", "Seconds_Behind_Master",
                "Last_IO_Error", "Last_SQL_Error", "Gtid_IO_Pos");
    }

    @Override
    public List<String> readOnly(boolean on) {
        return List.of("SET GLOBAL read_only = " + (on ? "ON" : "OFF"));
    }

    @Override
    public String executedGtids() {
        return "SELECT @@GLOBAL.gtid_current_pos";
    }

    @Override
    public String waitForGtids() {
        return "SELECT MASTER_GTID_WAIT(?, ?)";
    }

    @Override
    public List<String> semiSync() {
        return List.of("SET GLOBAL rpl_semi_sync_master_wait_point = AFTER_SYNC",
                "SET GLOBAL rpl_semi_sync_master_enabled = ON",
                "SET GLOBAL rpl_semi_sync_slave_enabled = ON");
    }
}
