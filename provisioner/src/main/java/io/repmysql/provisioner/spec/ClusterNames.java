package io.repmysql.provisioner.spec;

import io.repmysql.driver.RepMySqlUrl;

/**
 * The one naming model: what a cluster's containers, volumes and agent ports are called and where they are, and
 * the {@code jdbc:repmysql:} URL that reaches it. HAProxy's proxy names are in {@code io.repmysql.haproxy.stats.Proxies},
 * shared with the demo app that reads them back.
 */
public final class ClusterNames {

    /** The node name HAProxy's container goes by ({@code logs haproxy}, the {@code io.repmysql.node} label). */
    public static final String HAPROXY = "haproxy";
    /** A node's lag agent listens this far above its port (below it when that is out of range). */
    public static final int AGENT_PORT_OFFSET = 10000;

    private ClusterNames() {
    }

    /** {@code <cluster>-<node>}, e.g. {@code shop-replica-2}, and {@code <cluster>-haproxy}. */
    public static String container(String cluster, String node) {
        return cluster + "-" + node;
    }

    public static String haproxyContainer(String cluster) {
        return container(cluster, HAPROXY);
    }

    /** The named volume holding a node's data directory: {@code <cluster>-<node>-data}. */
    public static String dataVolume(String cluster, String node) {
        return container(cluster, node) + "-data";
    }

    public static int agentPort(int nodePort) {
        return nodePort + AGENT_PORT_OFFSET <= 65535 ? nodePort + AGENT_PORT_OFFSET : nodePort - AGENT_PORT_OFFSET;
    }

    /** {@code host:port}, with an IPv6 literal in brackets: {@code [::1]:3306}. */
    public static String hostPort(String host, int port) {
        return RepMySqlUrl.hostPort(host, port);
    }

    /** HAProxy's stats page: {@code http://HOST:PORT/stats}. */
    public static String statsPage(String host, int port) {
        return "http://" + hostPort(host, port) + "/stats";
    }

    /** {@code jdbc:repmysql://HOST:WRITE/DATABASE?readPort=READ}, never with a password. */
    public static String repmysqlUrl(String host, int writePort, String database, int readPort) {
        return RepMySqlUrl.PREFIX + "//" + hostPort(host, writePort) + "/" + database + "?readPort=" + readPort;
    }
}
