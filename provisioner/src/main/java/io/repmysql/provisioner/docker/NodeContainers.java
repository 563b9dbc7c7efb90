package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Creates and starts database node containers with host networking, a named data volume and labels. */
public final class NodeContainers {

    static final String SECRETS_DIR = "/etc/repmysql/secrets";

    private final DockerClient docker;
    private final Networking networking;

    /** Host networking on the node's bind address. */
    public NodeContainers(DockerClient docker) {
        this(docker, null);
    }

    /** @param networking how the container is networked; null = host networking */
    public NodeContainers(DockerClient docker, Networking networking) {
        this.docker = docker;
        this.networking = networking;
    }

    /** Creates the volume and the container, copies the secrets in, and starts it. Returns the container id. */
    public String start(NodeLaunch node) {
        Map<String, String> labels = Map.of(
                Labels.CLUSTER, node.cluster(), Labels.ROLE, node.role(), Labels.NODE, node.node());
        docker.createVolumeCmd().withName(node.volumeName()).withLabels(labels).exec();
        String id = docker.createContainerCmd(node.image())
                .withName(node.containerName())
                .withLabels(labels)
                .withEnv(environment(node))
                .withExposedPorts(networking == null ? List.of() : networking.exposedPorts(ports(node)))
                .withHostConfig(hostConfig(node)
                        .withBinds(new Bind(node.volumeName(), new Volume("/var/lib/mysql")))
                        .withRestartPolicy(RestartPolicy.noRestart()))
                .exec().getId();
        docker.copyArchiveToContainerCmd(id)
                .withTarInputStream(secrets(node))
                .withRemotePath("/")
                .exec();
        docker.startContainerCmd(id).exec();
        return id;
    }

    /** The container's network settings: host networking unless a bridge-mode plan says otherwise. */
    HostConfig hostConfig(NodeLaunch node) {
        return networking == null ? HostConfig.newHostConfig().withNetworkMode("host")
                : networking.hostConfig(ports(node));
    }

    private static List<Integer> ports(NodeLaunch node) {
        return node.agentPort() == null ? List.of(node.port()) : List.of(node.port(), node.agentPort());
    }

    private static List<String> environment(NodeLaunch node) {
        List<String> env = new java.util.ArrayList<>(List.of(
                "REPMYSQL_SERVER_ID=" + node.serverId(),
                "REPMYSQL_ROLE=" + node.role(),
                "REPMYSQL_PORT=" + node.port(),
                "REPMYSQL_BIND_ADDRESS=" + node.bindAddress(),
                "REPMYSQL_SEMI_SYNC=" + node.semiSync(),
                "MARIADB_ROOT_PASSWORD_FILE=" + SECRETS_DIR + "/root",
                "MYSQL_ROOT_PASSWORD_FILE=" + SECRETS_DIR + "/root",
                "MARIADB_DATABASE=" + node.database(),
                "MYSQL_DATABASE=" + node.database(),
                "MARIADB_USER=" + node.appUser(),
                "MYSQL_USER=" + node.appUser(),
                "MARIADB_PASSWORD_FILE=" + SECRETS_DIR + "/app",
                "MYSQL_PASSWORD_FILE=" + SECRETS_DIR + "/app"));
        if (node.agentPort() != null) {
            env.add("REPMYSQL_AGENT_PORT=" + node.agentPort());
            env.add("REPMYSQL_MAX_LAG_SECONDS=" + node.maxLagSeconds());
        }
        return env;
    }

    /** Owner-only files, read by the entrypoint as root: never environment variables. */
    private static InputStream secrets(NodeLaunch node) {
        return new Tar().directory("etc/repmysql", 0700).directory("etc/repmysql/secrets", 0700)
                .file("etc/repmysql/secrets/root", node.rootPassword(), 0400)
                .file("etc/repmysql/secrets/app", node.appPassword(), 0400)
                .stream();
    }
}
