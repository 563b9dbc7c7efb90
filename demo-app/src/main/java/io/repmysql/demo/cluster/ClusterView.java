package io.repmysql.demo.cluster;

import io.repmysql.haproxy.stats.Proxies;
import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.demo.servedby.SeenServers;
import io.repmysql.demo.servedby.ServerIdentity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cluster as the app can honestly see it: HAProxy's server lines (who is UP on which port) joined by port
 * with the servers that answered this app ({@code @@server_id}). The primary is the server HAProxy sends writes to
 * first; replicas are the read port's servers.
 *
 * @param writeAddress HAProxy's write port, HOST:PORT
 * @param readAddress  HAProxy's read port, HOST:PORT
 */
public record ClusterView(String writeAddress, String readAddress, String statsUrl, List<NodeView> nodes) {

    public static ClusterView of(String writeAddress, String readAddress, String statsUrl, List<StatsRow> rows,
                                 Map<String, ProvisionedNodes.Node> provisioned, Function<Integer, Long> serverIdByPort,
                                 ServerIdentity reads, ServerIdentity lastWrite) {
        Nodes known = new Nodes(provisioned, serverIdByPort, reads, lastWrite);
        Map<String, StatsRow> write = new LinkedHashMap<>();
        Map<String, StatsRow> read = new LinkedHashMap<>();
        for (StatsRow row : rows) {
            if (!row.isServer()) {
                continue;
            }
            if (row.proxy().equals(Proxies.WRITE)) {
                write.put(row.server(), row);
            } else if (row.proxy().equals(Proxies.READ)) {
                read.put(row.server(), row);
            }
        }
        List<NodeView> nodes = new ArrayList<>();
        write.values().stream().filter(r -> !r.backup())
                .forEach(r -> nodes.add(known.node(r, "primary")));
        for (StatsRow row : read.values()) {
            StatsRow onWrite = write.get(row.server());
            boolean backup = onWrite != null && onWrite.backup();
            if (onWrite == null || backup) {
                nodes.add(known.node(row, backup ? "replica, write backup" : "replica"));
            }
        }
        return new ClusterView(writeAddress, readAddress, statsUrl, nodes);
    }

    /** For {@link SeenServers}: the id of the server seen at a port, or null. */
    public static Function<Integer, Long> idsFrom(SeenServers seen) {
        return port -> seen.at(port).map(s -> s.identity().serverId()).orElse(null);
    }

    /**
     * Joins a HAProxy line to a node: its port from the stats address or the provisioner's record, its server id
     * from what the server said when it answered this app, else from the provisioner's record.
     */
    private record Nodes(Map<String, ProvisionedNodes.Node> provisioned, Function<Integer, Long> seenIds,
                         ServerIdentity reads, ServerIdentity lastWrite) {

        NodeView node(StatsRow row, String role) {
            ProvisionedNodes.Node record = provisioned.get(row.server());
            int port = row.port() >= 0 ? row.port() : record != null ? record.port() : -1;
            String address = !row.address().isEmpty() ? row.address() : record != null ? record.address() : "";
            Long serverId = port < 0 ? null : seenIds.apply(port);
            if (serverId == null && record != null) {
                serverId = record.serverId();
            }
            String check = row.check() + (row.checkMillis() >= 0 ? " " + row.checkMillis() + " ms" : "");
            return new NodeView(row.server(), address, role, serverId, row.status(), check.strip(), row.sessions(),
                    row.agent(), port >= 0 && reads != null && reads.port() == port,
                    port >= 0 && lastWrite != null && lastWrite.port() == port);
        }
    }

    public List<NodeView> replicas() {
        return nodes.stream().filter(n -> !n.primary()).toList();
    }
}
