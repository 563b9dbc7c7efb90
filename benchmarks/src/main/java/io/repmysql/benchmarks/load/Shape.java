package io.repmysql.benchmarks.load;

/** How the application holds its connection and statements: the shapes of real applications. */
public enum Shape {
    /** A long-lived worker (batch job, consumer, own pooling): one connection per thread, a prepare per operation. */
    HELD("held connection, prepare per operation"),
    /** A web request: borrow from HikariCP, prepare, execute, return. */
    POOLED("HikariCP borrow per operation"),
    /** A thread holding its connection and its statements, prepared once per round. */
    REUSED("held connection, prepared once");

    private final String label;

    Shape(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
