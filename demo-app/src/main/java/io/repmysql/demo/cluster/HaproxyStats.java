package io.repmysql.demo.cluster;

import io.repmysql.haproxy.stats.StatsClient;
import io.repmysql.haproxy.stats.StatsRow;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads the server lines of HAProxy's stats CSV ({@code <stats url>;csv}). */
@Component
public class HaproxyStats {

    private final StatsProperties properties;

    public HaproxyStats(StatsProperties properties) {
        this.properties = properties;
    }

    public boolean configured() {
        return properties.configured();
    }

    /** The stats page people can open in a browser. */
    public String pageUrl() {
        return properties.url();
    }

    /** The provisioner's record of node names, ports and server ids; empty when not configured. */
    public Map<String, ProvisionedNodes.Node> provisioned() throws IOException {
        return ProvisionedNodes.read(properties.topologyFile());
    }

    /** The server lines, read with repmysql.stats.user and its password. */
    public List<StatsRow> servers() throws IOException {
        return new StatsClient(properties.url(), properties.user(), properties.password()).servers();
    }
}
