package io.repmysql.provisioner.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed cluster file. Parsing ({@link ClusterSpecParser}) only checks shapes and types; the rules live in
 * {@link ClusterSpecValidator}.
 *
 * @param writeBackup index into {@code replicas} of the backup server on the write port, or
 *     {@link #NO_WRITE_BACKUP} ({@code writeBackup: none} in the file)
 */
public record ClusterSpec(
        String name,
        Flavor flavor,
        Images images,
        NetworkMode network,
        String database,
        Users users,
        NodeSpec primary,
        List<NodeSpec> replicas,
        int writeBackup,
        ReplicationSpec replication,
        HaproxySpec haproxy) {

    public static final int NO_WRITE_BACKUP = -1;

    public ClusterSpec {
        replicas = List.copyOf(replicas);
    }

    /** The documented defaults: what {@code up} uses when there is no cluster file. */
    public static ClusterSpec defaults() {
        return new ClusterSpec("demo", Flavor.AUTO, Images.defaults(), NetworkMode.HOST, "app", Users.defaults(),
                NodeSpec.onDefaultEngine(13306),
                List.of(NodeSpec.onDefaultEngine(13307), NodeSpec.onDefaultEngine(13308),
                        NodeSpec.onDefaultEngine(13309)),
                0, ReplicationSpec.defaults(), HaproxySpec.defaults());
    }

    public boolean hasWriteBackup() {
        return writeBackup >= 0 && writeBackup < replicas.size();
    }

    public Optional<NodeSpec> writeBackupNode() {
        return hasWriteBackup() ? Optional.of(replicas.get(writeBackup)) : Optional.empty();
    }

    /** The primary first, then the replicas in file order. */
    public List<NodeSpec> nodes() {
        List<NodeSpec> nodes = new ArrayList<>(replicas.size() + 1);
        nodes.add(primary);
        nodes.addAll(replicas);
        return List.copyOf(nodes);
    }

    public ClusterSpec withReplicas(List<NodeSpec> newReplicas) {
        return new ClusterSpec(name, flavor, images, network, database, users, primary, newReplicas, writeBackup,
                replication, haproxy);
    }

    public ClusterSpec withReplicaAdded(NodeSpec replica) {
        List<NodeSpec> more = new ArrayList<>(replicas);
        more.add(replica);
        return withReplicas(more);
    }

    public ClusterSpec withName(String newName) {
        return new ClusterSpec(newName, flavor, images, network, database, users, primary, replicas, writeBackup,
                replication, haproxy);
    }

    public ClusterSpec withHaproxy(HaproxySpec newHaproxy) {
        return new ClusterSpec(name, flavor, images, network, database, users, primary, replicas, writeBackup,
                replication, newHaproxy);
    }
}
