package io.repmysql.provisioner.docker;

import io.repmysql.provisioner.spec.ClusterNames;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's HAProxy container. Its configuration is copied in before start and on every topology change,
 * then reloaded with SIGUSR2 (master-worker mode): new workers take over the listeners, none is dropped.
 */
public final class HaproxyContainer {

    static final String CONFIG_DIR = "/usr/local/etc/haproxy";
    private final DockerClient docker;
    private final String cluster;

    public HaproxyContainer(DockerClient docker, String cluster) {
        this.docker = docker;
        this.cluster = cluster;
    }

    public String containerName() {
        return ClusterNames.haproxyContainer(cluster);
    }

    /** Creates and starts HAProxy; in bridge mode its {@code ports} are published. Returns the container id. */
    public String start(String image, String config, Networking networking, List<Integer> ports) {
        HostConfig host = networking.hostConfig(ports);
        String id = docker.createContainerCmd(image)
                .withName(containerName())
                .withLabels(Map.of(Labels.CLUSTER, cluster, Labels.ROLE, "haproxy", Labels.NODE, ClusterNames.HAPROXY))
                .withExposedPorts(networking.exposedPorts(ports))
                .withHostConfig(host.withRestartPolicy(RestartPolicy.noRestart()))
                .exec().getId();
        copyConfig(id, config);
        docker.startContainerCmd(id).exec();
        return id;
    }

    /** Replaces the configuration and reloads it without dropping listeners. */
    public void reload(String config) {
        String id = find().orElseThrow(() -> new IllegalStateException(
                containerName() + " is not running: run up first")).getId();
        copyConfig(id, config);
        docker.killContainerCmd(id).withSignal("SIGUSR2").exec();
    }

    public Optional<Container> find() {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.CLUSTER + "=" + cluster, Labels.ROLE + "=haproxy"))
                .exec().stream().findFirst();
    }

    private void copyConfig(String id, String config) {
        docker.copyArchiveToContainerCmd(id).withTarInputStream(new Tar().file("haproxy.cfg", config, 0600).stream())
                .withRemotePath(CONFIG_DIR).exec();
    }
}
