package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

import java.util.List;

/**
 * Finds and removes what belongs to a cluster by its label only, so nothing else on the engine is touched.
 * "Not found" counts as removed: removal is idempotent.
 */
public final class ClusterResources {

    private final DockerClient docker;

    public ClusterResources(DockerClient docker) {
        this.docker = docker;
    }

    /** Every container of the cluster, running or not. */
    public List<Container> containers(String cluster) {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.CLUSTER + "=" + cluster)).exec();
    }

    /** Creates the cluster's user network (bridge mode) unless it exists. */
    public void ensureNetwork(String cluster, String name) {
        boolean exists = docker.listNetworksCmd().withNameFilter(name).exec().stream()
                .anyMatch(n -> n.getName().equals(name));
        if (!exists) {
            docker.createNetworkCmd().withName(name).withDriver("bridge")
                    .withLabels(java.util.Map.of(Labels.CLUSTER, cluster)).exec();
        }
    }

    /** Removes the cluster's containers and networks, and its volumes when asked. Returns how many things were removed. */
    public int remove(String cluster, boolean volumes) {
        int removed = 0;
        for (Container container : containers(cluster)) {
            try {
                docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(false).exec();
                removed++;
            } catch (NotFoundException alreadyGone) {
                // removed concurrently: the goal is reached
            }
        }
        for (var network : docker.listNetworksCmd().withFilter("label", List.of(Labels.CLUSTER + "=" + cluster))
                .exec()) {
            try {
                docker.removeNetworkCmd(network.getId()).exec();
                removed++;
            } catch (NotFoundException alreadyGone) {
                // removed concurrently
            }
        }
        if (volumes) {
            var list = docker.listVolumesCmd().withFilter("label", List.of(Labels.CLUSTER + "=" + cluster)).exec();
            if (list.getVolumes() != null) {
                for (var volume : list.getVolumes()) {
                    try {
                        docker.removeVolumeCmd(volume.getName()).exec();
                        removed++;
                    } catch (NotFoundException alreadyGone) {
                        // removed concurrently
                    }
                }
            }
        }
        return removed;
    }
}
