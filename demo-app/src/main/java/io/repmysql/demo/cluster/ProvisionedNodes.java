package io.repmysql.demo.cluster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provisioner's record of the cluster ({@code topology.json} in its state directory, {@code
 * repmysql.topology-file}): which HAProxy server name is which node port and server id. HAProxy's CSV names servers
 * but does not give their addresses, so this is how the picture joins HAProxy's state to the servers that answer.
 * Optional: without it, nodes show without address.
 */
public final class ProvisionedNodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProvisionedNodes() {
    }

    /** The nodes by name; empty when {@code file} is null or absent. */
    public static Map<String, Node> read(Path file) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return nodes;
        }
        JsonNode root = JSON.readTree(Files.readString(file));
        String host = root.path("host").asString("127.0.0.1");
        for (JsonNode node : root.path("nodes")) {
            String name = node.path("name").asString();
            nodes.put(name, new Node(name, host, node.path("port").asInt(), node.path("serverId").asLong()));
        }
        return nodes;
    }

    public record Node(String name, String host, int port, long serverId) {

        public String address() {
            return host + ":" + port;
        }
    }
}
