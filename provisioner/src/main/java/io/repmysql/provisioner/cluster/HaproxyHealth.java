package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.haproxy.stats.Proxies;
import io.repmysql.provisioner.docker.Readiness;
import io.repmysql.haproxy.stats.StatsClient;
import io.repmysql.haproxy.stats.StatsRow;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        return new StatsClient(ClusterNames.statsPage(topology.host(), haproxy.statsPort()), context.secrets().statsUser(),
                context.secrets().statsPassword());
    }

    /**
     * Waits until HAProxy serves exactly this topology (after a reload the old worker may still answer) and every
     * server has passed a real check, not merely "UP" at start-up.
     */
    public List<StatsRow> awaitAllUp(Duration timeout) {
        Set<String> expected = new TreeSet<>();
        expected.add(Proxies.WRITE + "/" + topology.primary().name());
        topology.writeBackupNode().ifPresent(n -> expected.add(Proxies.WRITE + "/" + n.name()));
        topology.replicas().forEach(n -> expected.add(Proxies.READ + "/" + n.name()));
        List<StatsRow> rows = Readiness.await(context.name() + "-haproxy checks", timeout, Duration.ofMillis(500),
                () -> {
                    List<StatsRow> servers = client().servers();
                    Set<String> served = new TreeSet<>();
                    servers.forEach(r -> served.add(r.proxy() + "/" + r.server()));
                    if (!served.equals(expected)) {
                        throw new IllegalStateException("HAProxy serves " + served + ", expected " + expected);
                    }
                    List<StatsRow> down = servers.stream()
                            .filter(r -> !r.up() || !r.check().startsWith("L7OK")).toList();
                    if (!down.isEmpty()) {
                        throw new IllegalStateException("not yet checked UP: " + down.stream()
                                .map(r -> r.proxy() + "/" + r.server() + " " + r.status() + " " + r.check()).toList());
                    }
                    return servers;
                });
        context.say("HAProxy: every server checked UP (" + rows.size() + " servers)");
        return rows;
    }
}
