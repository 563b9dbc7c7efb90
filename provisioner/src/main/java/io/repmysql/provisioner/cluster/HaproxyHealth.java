package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.docker.Readiness;
import io.repmysql.provisioner.haproxy.StatsClient;
import io.repmysql.provisioner.haproxy.StatsRow;

import java.time.Duration;
import java.util.List;

/** Reads HAProxy's view of the cluster from its stats CSV. */
public final class HaproxyHealth {

    private final ClusterContext context;
    private final Topology topology;

    public HaproxyHealth(ClusterContext context, Topology topology) {
        this.context = context;
        this.topology = topology;
    }

    public StatsClient client() {
        var haproxy = context.spec().haproxy();
        return new StatsClient(topology.host(), haproxy.statsPort(), context.secrets().statsUser(),
                context.secrets().statsPassword());
    }

    /** Waits until every server of both ports has passed a real check (not merely "UP" at start-up). */
    public List<StatsRow> awaitAllUp(Duration timeout) {
        int expected = 1 + (topology.writeBackupNode().isPresent() ? 1 : 0) + topology.replicas().size();
        List<StatsRow> rows = Readiness.await(context.name() + "-haproxy checks", timeout, Duration.ofMillis(500),
                () -> {
                    List<StatsRow> servers = client().rows().stream().filter(StatsRow::isServer).toList();
                    List<StatsRow> down = servers.stream()
                            .filter(r -> !r.up() || !r.check().startsWith("L7OK")).toList();
                    if (servers.size() < expected || !down.isEmpty()) {
                        throw new IllegalStateException("not yet checked UP: " + down.stream()
                                .map(r -> r.proxy() + "/" + r.server() + " " + r.status() + " " + r.check()).toList());
                    }
                    return servers;
                });
        context.say("HAProxy: every server checked UP (" + rows.size() + " servers)");
        return rows;
    }
}
