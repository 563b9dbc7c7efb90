package io.repmysql.provisioner.haproxy;

/**
 * One database node as HAProxy sees it.
 *
 * @param name the server's name in the config and the stats CSV (the container name is a good choice)
 * @param host the address HAProxy connects to: an IP in host mode, a container name in bridge mode
 * @param port the node's MySQL port
 * @param agentPort the port of the node's lag agent for {@code agent-check}, or {@code null} for the plan's
 */
public record HaproxyServer(String name, String host, int port, Integer agentPort) {

    public HaproxyServer {
        ConfigValues.name("server name", name);
        ConfigValues.host("host of server " + name, host);
        ConfigValues.port("port of server " + name, port);
        if (agentPort != null) {
            ConfigValues.port("agent port of server " + name, agentPort);
        }
    }

    public HaproxyServer(String name, String host, int port) {
        this(name, host, port, null);
    }

    public HaproxyServer withAgentPort(Integer newAgentPort) {
        return new HaproxyServer(name, host, port, newAgentPort);
    }
}
