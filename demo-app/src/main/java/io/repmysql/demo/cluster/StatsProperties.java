package io.repmysql.demo.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where HAProxy's stats are: {@code repmysql.stats.url} (the page, e.g. {@code http://127.0.0.1:8080/stats}),
 * {@code repmysql.stats.user}, {@code repmysql.stats.password} (pass it as the environment variable
 * {@code REPMYSQL_STATS_PASSWORD}, not on the command line). Without a URL the cluster page says so.
 * {@code repmysql.stats.topology-file}: the provisioner's {@code topology.json}, which maps HAProxy's server names
 * to node ports (see {@link ProvisionedNodes}).
 */
@ConfigurationProperties("repmysql.stats")
public record StatsProperties(String url, String user, String password, java.nio.file.Path topologyFile) {

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
        return "StatsProperties[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "****")
                + ", topologyFile=" + topologyFile + "]";
    }
}
