package io.repmysql.provisioner.replication;

import java.util.List;

/**
 * MySQL 8.4: {@code CHANGE REPLICATION SOURCE TO … SOURCE_AUTO_POSITION=1}, {@code super_read_only},
 * {@code WAIT_FOR_EXECUTED_GTID_SET}, the semi-sync plugins. Written and unit-tested; no MySQL server can be
 * run on the build machine, so it is not exercised against one there.
 */
final class MySqlReplicationSql implements ReplicationSql {

    @Override
    public List<String> changeSource(String host, int port, String user, String password) {
        return List.of("CHANGE REPLICATION SOURCE TO SOURCE_HOST=" + SqlLiterals.string(host) + ", SOURCE_PORT="
                + port + ", SOURCE_USER=" + SqlLiterals.string(user) + ", SOURCE_PASSWORD="
                + SqlLiterals.string(password) + ", SOURCE_AUTO_POSITION=1, SOURCE_CONNECT_RETRY=1, "
                + "GET_SOURCE_PUBLIC_KEY=1");
    }

    @Override
    public String startReplica() {
        return "START REPLICA";
    }

    @Override
    public String stopReplica() {
        return "STOP REPLICA";
    }

    @Override
    public List<String> resetReplica() {
        return List.of("STOP REPLICA", "RESET REPLICA ALL");
    }

    @Override
    public String showReplicaStatus() {
        return "SHOW REPLICA STATUS";
    }

    @Override
    public ReplicaStatusColumns statusColumns() {
        return new ReplicaStatusColumns("Replica_IO_Running", "Replica_SQL_Running", "Seconds_Behind_Source",
                "Last_IO_Error", "Last_SQL_Error", "Retrieved_Gtid_Set");
    }

    @Override
    public List<String> readOnly(boolean on) {
        // super_read_only implies read_only when on; read_only off implies super_read_only off.
        return on ? List.of("SET GLOBAL super_read_only = ON") : List.of("SET GLOBAL read_only = OFF");
    }

    @Override
    public String executedGtids() {
        return "SELECT @@GLOBAL.gtid_executed";
    }

    @Override
    public String waitForGtids() {
        return "SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?)";
    }

    @Override
    public List<String> semiSync() {
        return List.of("INSTALL PLUGIN rpl_semi_sync_source SONAME 'semisync_source.so'",
                "INSTALL PLUGIN rpl_semi_sync_replica SONAME 'semisync_replica.so'",
                "SET GLOBAL rpl_semi_sync_source_wait_point = AFTER_SYNC",
                "SET GLOBAL rpl_semi_sync_source_enabled = ON",
                "SET GLOBAL rpl_semi_sync_replica_enabled = ON");
    }
}
