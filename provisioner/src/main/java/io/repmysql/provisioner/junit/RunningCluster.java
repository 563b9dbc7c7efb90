package io.repmysql.provisioner.junit;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.Topology;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ReplicationSql;
import io.repmysql.provisioner.replication.ServerFlavor;
import io.repmysql.provisioner.spec.Flavor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A cluster started for a test class: its ports, credentials and topology, and root access to each node. */
public final class RunningCluster {

    private final ClusterContext context;
    private final ClusterProvisioner provisioner;

    RunningCluster(ClusterContext context, ClusterProvisioner provisioner) {
        this.context = context;
        this.provisioner = provisioner;
    }

    public String name() {
        return context.name();
    }

    public ClusterContext context() {
        return context;
    }

    public ClusterProvisioner provisioner() {
        return provisioner;
    }

    /** The server flavor the nodes run. */
    public Flavor flavor() {
        return context.spec().flavor();
    }

    /** The topology as the state directory has it now (add-replica and failover change it). */
    public Topology topology() {
        return TopologyStore.loadRunning(context);
    }

    public int writePort() {
        return context.spec().haproxy().writePort();
    }

    public int readPort() {
        return context.spec().haproxy().readPort();
    }

    public int statsPort() {
        return context.spec().haproxy().statsPort();
    }

    public String database() {
        return context.spec().database();
    }

    public String appUser() {
        return context.spec().users().app().name();
    }

    public String appPassword() {
        return context.secrets().appPassword();
    }

    /** {@code jdbc:repmysql://<bind address>:<write>/<db>?readPort=<read>}, without credentials. */
    public String repmysqlUrl() {
        return ClusterNames.repmysqlUrl(context.spec().haproxy().bindAddress(), writePort(), database(), readPort());
    }

    /** A plain Connector/J URL to one HAProxy port. */
    public String mysqlUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database() + "?allowPublicKeyRetrieval=true&sslMode=DISABLED";
    }

    /** A root connection straight to a node, bypassing HAProxy. */
    public Connection root(ClusterNode node) throws SQLException {
        return ReplicationAdmin.connect("127.0.0.1", node.port(), "root", context.secrets().rootPassword());
    }

    /** The flavor's replication SQL, for tests that stop, delay or inspect replication on a node. */
    public ReplicationSql replicationSql() {
        return serverFlavor().sql();
    }

    /** Statements that make a replica apply each transaction {@code seconds} after the source committed it. */
    public List<String> replicationDelay(int seconds) {
        ReplicationSql sql = replicationSql();
        String delay = flavor() == Flavor.MYSQL
                ? "CHANGE REPLICATION SOURCE TO SOURCE_DELAY = " + seconds
                : "CHANGE MASTER TO MASTER_DELAY = " + seconds;
        return List.of(sql.stopReplica(), delay, sql.startReplica());
    }

    private ServerFlavor serverFlavor() {
        return flavor() == Flavor.MYSQL ? ServerFlavor.MYSQL : ServerFlavor.MARIADB;
    }

    @Override
    public String toString() {
        return "RunningCluster[" + name() + ", write " + writePort() + ", read " + readPort() + "]";
    }
}
