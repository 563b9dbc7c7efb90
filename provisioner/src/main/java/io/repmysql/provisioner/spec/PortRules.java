package io.repmysql.provisioner.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every port is in range and used once, even across engines: two engines on one machine share its loopback. */
final class PortRules {

    private PortRules() {
    }

    static void check(ClusterSpec spec, List<SpecError> errors) {
        // HAProxy's ports come first: they are the public ones, so a node clashing with them is the one to move.
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("haproxy.writePort", spec.haproxy().writePort());
        ports.put("haproxy.readPort", spec.haproxy().readPort());
        ports.put("haproxy.statsPort", spec.haproxy().statsPort());
        ports.put("primary.port", spec.primary().port());
        for (int i = 0; i < spec.replicas().size(); i++) {
            ports.put("replicas[" + i + "].port", spec.replicas().get(i).port());
        }
        Map<Integer, String> owners = new LinkedHashMap<>();
        List<SpecError> clashes = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            int port = entry.getValue();
            if (port < 1 || port > 65535) {
                errors.add(new SpecError(entry.getKey(), port + " is out of range; use a port from 1 to 65535"));
                continue;
            }
            String owner = owners.putIfAbsent(port, entry.getKey());
            if (owner != null) {
                clashes.add(new SpecError(entry.getKey(), port + " is already used by " + owner
                        + "; every port must be different"));
            }
        }
        errors.addAll(clashes);
    }
}
