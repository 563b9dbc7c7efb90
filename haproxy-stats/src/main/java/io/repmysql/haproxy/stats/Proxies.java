package io.repmysql.haproxy.stats;

/** The names of HAProxy's proxies ({@code listen} sections): the config is rendered and its stats read by them. */
public final class Proxies {

    /** The write port: the primary, and the write backup as {@code backup}. */
    public static final String WRITE = "write_nodes";
    /** The read port: the replicas, round robin. */
    public static final String READ = "read_nodes";
    /** The stats page. */
    public static final String STATS = "stats";

    private Proxies() {
    }
}
