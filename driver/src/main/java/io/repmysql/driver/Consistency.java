package io.repmysql.driver;

/** What a read may see after a write on the same logical connection ({@code consistency=} in the URL). */
public enum Consistency {
    /** Reads go to the replicas at once and may miss this connection's own recent writes (a plain read/write split). */
    NONE,
    /** After a write, a read first waits on its replica for that write's GTID, up to consistencyTimeoutMs. */
    SESSION,
    /**
     * A read sees every write any connection of this JVM made to the cluster (all pools, DataSources and threads),
     * and every write of a causal token observed: it waits on its replica for the cluster's highest write
     * position, up to consistencyTimeoutMs, else runs on the writer.
     */
    CAUSAL;

    /** The spelling users type in the URL. */
    public String urlValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
