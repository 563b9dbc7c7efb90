package io.repmysql.driver.routing;

/** The physical connection a statement runs on. */
public enum Target {
    /** HOST:WRITE_PORT, HAProxy's write port: the primary. */
    WRITER,
    /** readHost:readPort, HAProxy's read port: the replicas. */
    READER,
    /** Every open physical connection, and replayed on one opened later (session state). */
    BOTH
}
