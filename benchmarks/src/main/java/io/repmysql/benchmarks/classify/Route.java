package io.repmysql.benchmarks.classify;

/** Where a splitter sends a statement: the reader, the writer, or every open connection (session state). */
public enum Route {
    READ, WRITE, BOTH
}
