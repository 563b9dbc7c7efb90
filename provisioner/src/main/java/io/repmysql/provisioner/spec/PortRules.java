package io.repmysql.provisioner.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every port is in range and used once, even across engines: two engines on one machine share its loopback. A
 * node's lag agent ({@link ClusterNames#agentPort}) takes a port too, so no port may fall on an agent's.
 */
final class PortRules {

    private PortRules() {
    }

    static void check(ClusterSpec spec, List<SpecError> errors) {
        // HAProxy's ports come first: they are the public ones, so a node clashing with them is the one to move.
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("haproxy.writePort", spec.haproxy().writePort());
        ports.put("haproxy.readPort", spec.haproxy().readPort());
        ports.put("haproxy.statsPort", spec.haproxy().statsPort());
        Map<String, Integer> nodes = new LinkedHashMap<>();
        nodes.put("primary.port", spec.primary().port());
        for (int i = 0; i < spec.replicas().size(); i++) {
            nodes.put("replicas[" + i + "].port", spec.replicas().get(i).port());
        }
        ports.putAll(nodes);
        Map<Integer, String> owners = new LinkedHashMap<>();
        List<SpecError> clashes = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            int port = entry.getValue();
            if (port < 1 || port > 65535) {
                errors.add(new SpecError(entry.getKey(), port + " is out of range; use a port from 1 to 65535"));
                refused.add(entry.getKey());
                continue;
            }
            String owner = owners.putIfAbsent(port, entry.getKey());
            if (owner != null) {
                clashes.add(new SpecError(entry.getKey(), port + " is already used by " + owner
                        + "; every port must be different"));
                refused.add(entry.getKey());
            }
        }
        for (Map.Entry<String, Integer> node : nodes.entrySet()) {
            if (refused.contains(node.getKey())) {
                continue; // its own port is already refused, and moving it moves its agent
            }
            int port = node.getValue();
            int agent = ClusterNames.agentPort(port);
            String owner = owners.putIfAbsent(agent, node.getKey() + "'s lag agent");
            if (owner != null) {
                clashes.add(new SpecError(node.getKey(), port + " puts the node's lag agent on " + agent
                        + ", which is already used by " + owner + "; every port must be different (a node's lag "
                        + "agent listens on its port + " + ClusterNames.AGENT_PORT_OFFSET + ", or its port - "
                        + ClusterNames.AGENT_PORT_OFFSET + " above " + (65535 - ClusterNames.AGENT_PORT_OFFSET) + ")"));
            }
        }
        errors.addAll(clashes);
    }
}
