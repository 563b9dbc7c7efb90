package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;


/**
 * Writes a node's role into its data volume ({@code /var/lib/mysql/.repmysql-role}), where the node image reads it
 * at every start. A fenced primary therefore comes back read-only even if someone starts it again, and a promoted
 * replica comes back writable. Works on stopped containers too.
 */
public final class RoleFile {

    private RoleFile() {
    }

    public static void write(DockerClient docker, String container, String role) {
        docker.copyArchiveToContainerCmd(container).withTarInputStream(
                new Tar().file(".repmysql-role", role + "\n", 0644).stream()).withRemotePath("/var/lib/mysql").exec();
    }
}
