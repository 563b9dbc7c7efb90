package io.repmysql.it;

import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import io.repmysql.provisioner.replication.ServerFlavor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.repmysql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes against replicas delayed by one second (MariaDB's MASTER_DELAY, MySQL's SOURCE_DELAY):
 * consistency=none reads stale rows, consistency=session reads none.
 */
@ReplicatedCluster(replicas = 2)
class ConsistencyIT {

    private static final int WRITES = 20;

    @BeforeAll
    static void delayReplicas(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE notes (id INT PRIMARY KEY, mode VARCHAR(40))");
        }
        for (ClusterNode replica : cluster.topology().replicas()) {
            try (Connection root = cluster.root(replica)) {
                boolean mariaDb = ServerFlavor.of(root) == ServerFlavor.MARIADB;
                execute(root, "STOP REPLICA", mariaDb ? "CHANGE MASTER TO MASTER_DELAY = 1"
                        : "CHANGE REPLICATION SOURCE TO SOURCE_DELAY = 1", "START REPLICA");
            }
        }
    }

    @Test
    void withoutSessionConsistency_readsRightAfterAWriteAreStale(RunningCluster cluster) throws Exception {
        int stale = staleReads(cluster, 0, "consistency=none");
        System.out.printf("[consistency] none: %d of %d reads right after a write were stale%n", stale, WRITES);
        assertThat(stale).isPositive();
    }

    @Test
    void withSessionConsistency_noReadRightAfterAWriteIsStale(RunningCluster cluster) throws Exception {
        int stale = staleReads(cluster, 1000, "consistency=session", "consistencyTimeoutMs=5000");
        System.out.printf("[consistency] session: %d of %d reads right after a write were stale%n", stale, WRITES);
        assertThat(stale).isZero();
    }

    private static int staleReads(RunningCluster cluster, int firstId, String... properties) throws Exception {
        int stale = 0;
        try (Connection connection = repmysql(cluster, properties);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notes VALUES (?, ?)");
             PreparedStatement read = connection.prepareStatement("SELECT COUNT(*) FROM notes WHERE id = ?")) {
            for (int i = firstId; i < firstId + WRITES; i++) {
                insert.setInt(1, i);
                insert.setString(2, properties[0]);
                insert.executeUpdate();
                read.setInt(1, i);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 0) {
                        stale++;
                    }
                }
            }
        }
        return stale;
    }
}
