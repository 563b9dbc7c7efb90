package io.repmysql.provisioner.cluster;

import com.github.dockerjava.api.DockerClient;
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

    void fence(Topology topology, ClusterNode old) {
        String container = old.containerName(context.name());
        try (Connection connection = provisioner.access(topology).root(old)) {
            ReplicationAdmin.setReadOnly(connection, ServerFlavor.of(connection), true);
            context.say("fencing: " + old.name() + " is read-only");
        } catch (SQLException unreachable) {
            context.say("fencing: " + old.name() + " does not answer; it cannot be made read-only, it is stopped");
        }
        DockerClient docker = provisioner.engines().client(old.engine(), old.tls());
        try {
            RoleFile.write(docker, container, NodeRole.FENCED.label());
            try {
                docker.stopContainerCmd(container).withTimeout(10).exec();
            } catch (NotModifiedException alreadyStopped) {
                // killed or crashed: stopped already
            }
            context.say("fencing: " + container + " is stopped and stays read-only if started again");
        } catch (DockerException e) {
            context.say("fencing: " + container + " could not be marked or stopped (" + e.getMessage()
                    + "); it is out of HAProxy's configuration and read-only where it answered");
        }
    }
}
