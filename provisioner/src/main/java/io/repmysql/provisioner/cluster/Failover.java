package io.repmysql.provisioner.cluster;

import io.repmysql.haproxy.stats.Proxies;
import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.docker.RoleFile;
import io.repmysql.provisioner.replication.GtidProgress;
import io.repmysql.provisioner.replication.ReplicaStatus;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ServerFlavor;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code failover}: promote the most advanced healthy replica (the write backup on a tie), after fencing the old
 * primary so that it can take no write again; repoint the other replicas with GTID auto-positioning; move the
 * write port in HAProxy. The order — fence, drain the relay log, promote, repoint, reload — is what keeps
 * acknowledged writes and prevents two writable primaries.
 */
public final class Failover {

    static final int RELAY_LOG_WAIT_SECONDS = 120;
    private final ClusterContext context;
    private final ClusterProvisioner provisioner;

    public Failover(ClusterContext context, ClusterProvisioner provisioner) {
        this.context = context;
        this.provisioner = provisioner;
    }

    /**
     * What happened, for the caller's report.
     *
     * @param writableMillis when the new primary took writes, from the start (HAProxy's write backup reaches it)
     * @param millis         when every step was done, replicas repointed and checked
     */
    public record Result(String oldPrimary, String newPrimary, String newWriteBackup, long writableMillis,
                         long millis) {
    }

    /** The replicas a failover now would choose from, best first; reads them as {@link #run} does. */
    public List<String> candidateNames() {
        Topology topology = TopologyStore.loadRunning(context);
        List<Candidate> candidates = candidates(topology, provisioner.access(topology));
        candidates.forEach(Candidate::close);
        return candidates.stream().map(c -> c.node().name()).toList();
    }

    public Result run() {
        long start = System.nanoTime();
        Topology topology = TopologyStore.loadRunning(context);
        ClusterNode old = topology.primary();
        NodeAccess access = provisioner.access(topology);
        List<Candidate> candidates = candidates(topology, access);
        try {
            return run(start, topology, old, access, candidates);
        } finally {
            candidates.forEach(Candidate::close);
        }
    }

    private Result run(long start, Topology topology, ClusterNode old, NodeAccess access, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no replica of " + context.name() + " answers: cannot promote any; "
                    + "start a replica and run failover again");
        }
        Candidate chosen = candidates.get(0);
        context.say("failover: promoting " + chosen.node().name() + " (GTIDs received: "
                + chosen.status().receivedGtids() + ") in place of " + old.name() + "; " + candidates.size()
                + " replica(s) read in " + millisSince(start) + " ms");
        Fencing fencing = new Fencing(context, provisioner);
        // A primary HAProxy marked down gets no writes (rise 99999999, and the reload leaves it in no pool), so
        // stopping it can wait until writes flow again; one that neither answers nor is marked down is stopped now.
        boolean stopped = !fencing.refuseWrites(topology, old) && !markedDown(topology, old);
        if (stopped) {
            fencing.stopAndMark(old);
        }
        try {
            promote(chosen, start);
            long writable = millisSince(start);
            context.say("failover: " + chosen.node().name() + " is writable after " + writable + " ms"
                    + (chosen.node().name().equals(topology.writeBackup())
                    ? " (HAProxy's write backup: the write port reaches it already)" : ""));
            List<ClusterNode> others = candidates.stream().skip(1).map(Candidate::node).toList();
            Topology promoted = reassign(topology, old, chosen.node(), others);
            TopologyStore.save(context.stateDir(), promoted);
            // Writes wait for nothing but this reload; the other replicas serve reads meanwhile and follow next.
            provisioner.reloadHaproxy(promoted);
            context.say("failover: HAProxy reloaded with " + chosen.node().name() + " as the primary after "
                    + millisSince(start) + " ms");
            if (!stopped) {
                fencing.stopAndMark(old);
            }
            markPrimary(chosen.node());
            try {
                new ReplicationSetup(context, access).attach(promoted, others, chosen.flavor());
            } catch (SQLException e) {
                throw new IllegalStateException(chosen.node().name() + " is the primary and takes writes, but "
                        + "repointing the other replicas failed: " + e.getMessage() + "; check them with status, "
                        + "and replace a broken one with add-replica", e);
            }
            new HaproxyHealth(context, promoted).awaitAllUp(Duration.ofSeconds(60));
            long millis = millisSince(start);
            context.say("failover: " + chosen.node().name() + " is the primary after " + millis + " ms; "
                    + old.name() + " is fenced");
            return new Result(old.name(), chosen.node().name(), promoted.writeBackup(), writable, millis);
        } catch (SQLException e) {
            throw new IllegalStateException("failover of " + context.name() + " failed while promoting "
                    + chosen.node().name() + ": " + e.getMessage() + "; the old primary stays fenced", e);
        }
    }

    /** A replica that could be promoted, with the connection it was read on: promoting it needs no new login. */
    private record Candidate(ClusterNode node, ReplicaStatus status, ServerFlavor flavor, long progress,
                             Connection connection) implements AutoCloseable {
        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a connection we are done with; the server may be gone
            }
        }
    }

    /**
     * Reachable replicas with replication configured, most advanced first, the write backup first on a tie. Read in
     * parallel: they are read while writes fail, and on a loaded machine each read takes hundreds of milliseconds.
     */
    private List<Candidate> candidates(Topology topology, NodeAccess access) {
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, topology.replicas().size()));
        try {
            List<Future<Optional<Candidate>>> reads = new ArrayList<>();
            for (ClusterNode replica : topology.replicas()) {
                reads.add(readers.submit(() -> candidate(replica, access)));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Future<Optional<Candidate>> read : reads) {
                read.get().ifPresent(candidates::add);
            }
            String backup = topology.writeBackup();
            candidates.sort(Comparator.comparingLong(Candidate::progress).reversed()
                    .thenComparing(c -> !c.node().name().equals(backup)));
            return candidates;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the replicas of " + context.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the replicas of " + context.name() + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    private Optional<Candidate> candidate(ClusterNode replica, NodeAccess access) {
        Connection connection = null;
        try {
            connection = access.root(replica);
            ServerFlavor flavor = ServerFlavor.of(connection);
            Optional<ReplicaStatus> status = ReplicationAdmin.status(connection, flavor);
            if (status.isEmpty()) {
                connection.close();
                return Optional.empty();
            }
            String gtids = ReplicationAdmin.heldGtids(connection, flavor, status.get().receivedGtids());
            return Optional.of(new Candidate(replica, status.get(), flavor, GtidProgress.of(gtids, flavor),
                    connection));
        } catch (SQLException unreachable) {
            if (connection != null) {
                new Candidate(replica, null, null, 0, connection).close();
            }
            context.say("failover: " + replica.name() + " does not answer (" + unreachable.getMessage()
                    + "); not a candidate");
            return Optional.empty();
        }
    }

    /** Applies every received transaction, stops replicating, and becomes writable. */
    private void promote(Candidate chosen, long start) throws SQLException {
        Connection connection = chosen.connection();
        String received = chosen.status().receivedGtids();
        if (!ReplicationAdmin.waitForGtids(connection, chosen.flavor(), received, RELAY_LOG_WAIT_SECONDS)) {
            throw new SQLException(chosen.node().name() + " did not apply its relay log within "
                    + RELAY_LOG_WAIT_SECONDS + "s");
        }
        context.say("failover: " + chosen.node().name() + " applied its relay log after " + millisSince(start)
                + " ms");
        ReplicationAdmin.resetReplica(connection, chosen.flavor());
        ReplicationAdmin.setReadOnly(connection, chosen.flavor(), false);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private boolean markedDown(Topology topology, ClusterNode old) {
        try {
            return new HaproxyHealth(context, topology).client().servers().stream()
                    .anyMatch(r -> r.proxy().equals(Proxies.WRITE) && r.server().equals(old.name()) && !r.up());
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** The promoted node's role file says primary, so it comes back writable after a restart. */
    private void markPrimary(ClusterNode promoted) {
        DockerClient docker = provisioner.engines().client(promoted.engine(), promoted.tls());
        RoleFile.write(docker, promoted.containerName(context.name()), NodeRole.PRIMARY.label());
    }

    private static Topology reassign(Topology topology, ClusterNode old, ClusterNode promoted,
                                     List<ClusterNode> others) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (ClusterNode node : topology.nodes()) {
            if (node.name().equals(old.name())) {
                nodes.add(node.withRole(NodeRole.FENCED));
            } else if (node.name().equals(promoted.name())) {
                nodes.add(node.withRole(NodeRole.PRIMARY));
            } else {
                nodes.add(node);
            }
        }
        String backup = others.isEmpty() ? null : others.get(0).name();
        return topology.withNodes(nodes, backup);
    }
}
