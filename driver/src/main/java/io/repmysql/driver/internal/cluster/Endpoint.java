package io.repmysql.driver.internal.cluster;

import io.repmysql.driver.RepMySqlUrl;

/** One HAProxy port: the writer's or the reader's. */
public record Endpoint(String host, int port) {

    /** HOST:PORT, an IPv6 host in brackets. */
    @Override
    public String toString() {
        return RepMySqlUrl.hostPort(host, port);
    }
}
