package io.repmysql.provisioner.junit;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.Topology;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.replication.ReplicationAdmin;

import java.sql.Connection;
import java.sql.SQLException;

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

    @Override
    public String toString() {
        return "RunningCluster[" + name() + ", write " + writePort() + ", read " + readPort() + "]";
    }
}
