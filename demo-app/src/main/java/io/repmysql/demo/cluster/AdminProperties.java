package io.repmysql.demo.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An account that may change replication on each node, for the cluster page's replica delay switch:
 * {@code repmysql.admin.user}, {@code repmysql.admin.password} (pass it as the environment variable
 * {@code REPMYSQL_ADMIN_PASSWORD}, not on the command line). {@code bin/repmysql demo} passes root's. Without a user
 * the switch says so. The app's own account never needs these rights: the cluster's data goes through the URL.
 */
@ConfigurationProperties("repmysql.admin")
public record AdminProperties(String user, String password) {

    public boolean configured() {
        return user != null && !user.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[user=" + user + ", password=" + (password == null ? null : "****") + "]";
    }
}
