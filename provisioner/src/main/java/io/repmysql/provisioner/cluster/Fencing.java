package io.repmysql.provisioner.cluster;

import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotModifiedException;
import io.repmysql.provisioner.docker.RoleFile;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ServerFlavor;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes a former primary unable to take writes: read-only where it still answers, marked {@code fenced} in its
 * data volume (so a restart keeps it read-only), and stopped. Each step is attempted even when an earlier one
 * failed, because a dead primary answers none of them and a half-dead one may answer some.
 */
final class Fencing {

    private final ClusterContext context;
    private final ClusterProvisioner provisioner;

    Fencing(ClusterContext context, ClusterProvisioner provisioner) {
        this.context = context;
        this.provisioner = provisioner;
    }

    /**
     * Makes the old primary refuse writes where it still answers; false when it does not answer.
     */
    boolean refuseWrites(Topology topology, ClusterNode old) {
        try (Connection connection = provisioner.access(topology).root(old)) {
            ReplicationAdmin.setReadOnly(connection, ServerFlavor.of(connection), true);
            context.say("fencing: " + old.name() + " is read-only");
            return true;
        } catch (SQLException unreachable) {
            context.say("fencing: " + old.name() + " does not answer; it cannot be made read-only, it is stopped");
            return false;
        }
    }

    /**
     * Stops the old primary and writes the fenced role into its data volume, so it comes back read-only if started
     * again. Runs after HAProxy sends writes elsewhere: on a busy engine these calls take seconds.
     */
    void stopAndMark(ClusterNode old) {
        String container = old.containerName(context.name());
        try {
            provisioner.engines().client(old.engine(), old.tls()).stopContainerCmd(container).withTimeout(10).exec();
        } catch (NotModifiedException alreadyStopped) {
            // killed or crashed: stopped already
        } catch (DockerException e) {
            context.say("fencing: " + container + " could not be stopped (" + e.getMessage() + "); it is out of "
                    + "HAProxy's configuration and read-only where it answered");
        }
        try {
            RoleFile.write(provisioner.engines().client(old.engine(), old.tls()), container, NodeRole.FENCED.label());
            context.say("fencing: " + container + " is stopped and stays read-only if started again");
        } catch (DockerException e) {
            context.say("fencing: " + container + " could not be marked fenced (" + e.getMessage() + "); it is "
                    + "stopped and out of HAProxy's configuration");
        }
    }
}
