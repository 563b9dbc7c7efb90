package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NodeSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The demo's ports: the documented ones when free, else the next free ones, never two alike; a node's agent
 * port ({@link ClusterNames#agentPort}) must be free too. Saved in the state directory so a later demo can
 * reuse the running cluster.
 */
final class DemoPorts {

    private DemoPorts() {
    }

    static ClusterSpec choose(ClusterSpec defaults, Path stateDir) {
        Set<Integer> taken = new HashSet<>();
        var haproxy = defaults.haproxy();
        int write = pick(haproxy.writePort(), taken, false);
        int read = pick(haproxy.readPort(), taken, false);
        int stats = pick(haproxy.statsPort(), taken, false);
        DemoCommand.say("HAProxy ports: write " + said(write, haproxy.writePort()) + ", read " + said(read, haproxy.readPort())
                + ", stats " + said(stats, haproxy.statsPort()));
        ClusterSpec spec = defaults.withHaproxy(haproxy.withPorts(write, read, stats));
        if (TopologyStore.isStored(stateDir)) {
            // The data volumes of the last demo are still there, and up resumes its nodes on their old ports.
            for (ClusterNode node : TopologyStore.load(stateDir, defaults).nodes()) {
                if (!FreePorts.isFree(node.port())) {
                    throw new IllegalStateException("port " + node.port() + " of " + node.containerName(
                            defaults.name()) + " (kept from the last demo) is in use: free it, or start afresh "
                            + "with bin/repmysql down --volumes (the posts are lost)");
                }
            }
            return spec;
        }
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeSpec node : defaults.nodes()) {
            nodes.add(node.withPort(pick(node.port(), taken, true)));
        }
        DemoCommand.say("node ports: " + nodes.stream().map(n -> Integer.toString(n.port())).toList()
                + (nodes.equals(defaults.nodes()) ? "" : " (some documented ones were in use)"));
        return new ClusterSpec(spec.name(), spec.flavor(), spec.images(), spec.network(), spec.database(),
                spec.users(), nodes.get(0), nodes.subList(1, nodes.size()), spec.writeBackup(),
                spec.replication(), spec.haproxy());
    }

    /** The ports of the demo cluster that is running, as the demo that started it saved them. */
    static ClusterSpec kept(ClusterSpec defaults, Path stateDir) throws IOException {
        Path file = stateDir.resolve(DemoCommand.PORTS_FILE);
        if (!Files.exists(file)) {
            return defaults;
        }
        Properties ports = new Properties();
        try (var in = Files.newInputStream(file)) {
            ports.load(in);
        }
        var haproxy = defaults.haproxy();
        return defaults.withHaproxy(haproxy.withPorts(
                Integer.parseInt(ports.getProperty("writePort", Integer.toString(haproxy.writePort()))),
                Integer.parseInt(ports.getProperty("readPort", Integer.toString(haproxy.readPort()))),
                Integer.parseInt(ports.getProperty("statsPort", Integer.toString(haproxy.statsPort())))));
    }

    static void save(ClusterSpec spec, Path stateDir) throws IOException {
        Properties ports = new Properties();
        ports.setProperty("writePort", Integer.toString(spec.haproxy().writePort()));
        ports.setProperty("readPort", Integer.toString(spec.haproxy().readPort()));
        ports.setProperty("statsPort", Integer.toString(spec.haproxy().statsPort()));
        DemoFlavor.record(spec.flavor(), ports);
        Files.createDirectories(stateDir);
        try (var out = Files.newOutputStream(stateDir.resolve(DemoCommand.PORTS_FILE))) {
            ports.store(out, "HAProxy ports and flavor of the demo cluster");
        }
    }

    private static int pick(int preferred, Set<Integer> taken, boolean withAgent) {
        int port = preferred;
        while (taken.contains(port) || !FreePorts.isFree(port)
                || withAgent && (taken.contains(ClusterNames.agentPort(port))
                || !FreePorts.isFree(ClusterNames.agentPort(port)))) {
            port = FreePorts.preferOrNext(port + 1);
        }
        taken.add(port);
        if (withAgent) {
            taken.add(ClusterNames.agentPort(port));
        }
        return port;
    }

    private static String said(int chosen, int preferred) {
        return chosen == preferred ? Integer.toString(chosen) : chosen + " (" + preferred + " is in use)";
    }
}
