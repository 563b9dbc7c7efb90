package io.repmysql.benchmarks.load;

import java.util.stream.Collectors;

import io.repmysql.driver.ConnectorDefaults;
import io.repmysql.provisioner.spec.ClusterNames;

/**
 * The configurations compared. Each Java one is a HikariCP pool; the Connector/J ones share one set of URL
 * properties so that only the routing (and, for the "tuned" ones, jdbc:repmysql's Connector/J defaults) differs.
 * The hinted ones call {@code setReadOnly} before each operation: true before a read, false before a write.
 * {@link #SYSBENCH} is the C client on the read port, run as a separate process.
 */
public enum Contender {
    RAW_READ("Connector/J, read port", "com.mysql.cj.jdbc.Driver", false),
    RAW_WRITE("Connector/J, write port (no split)", "com.mysql.cj.jdbc.Driver", false),
    /** {@link #RAW_WRITE} with the primary's semi-sync on for its rounds (and off for everyone else's). */
    RAW_WRITE_SEMI_SYNC("Connector/J, write port, semi-sync on", "com.mysql.cj.jdbc.Driver", false),
    RAW_READ_TUNED("Connector/J + repmysql's defaults, read port", "com.mysql.cj.jdbc.Driver", false),
    RAW_WRITE_TUNED("Connector/J + repmysql's defaults, write port", "com.mysql.cj.jdbc.Driver", false),
    CONNECTOR_J_REPLICATION("Connector/J replication URL + setReadOnly", "com.mysql.cj.jdbc.Driver", true),
    MARIADB_REPLICATION("MariaDB Connector/J replication URL + setReadOnly", "org.mariadb.jdbc.Driver", true),
    REPMYSQL("jdbc:repmysql, no hints", "io.repmysql.driver.RepMySqlDriver", false),
    REPMYSQL_VARIANT("jdbc:repmysql + --variant properties", "io.repmysql.driver.RepMySqlDriver", false),
    /** Its own cluster name, so that its waits are counted apart from REPMYSQL's. */
    REPMYSQL_CAUSAL("jdbc:repmysql, consistency=causal", "io.repmysql.driver.RepMySqlDriver", false),
    SYSBENCH("sysbench oltp_point_select (C client), read port", null, false);

    /** What every Connector/J URL here carries: no TLS on loopback, and the key exchange MariaDB users need. */
    static final String CONNECTOR_J_PROPERTIES = "sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private final String label;
    private final String driverClass;
    private final boolean hinted;

    Contender(String label, String driverClass, boolean hinted) {
        this.label = label;
        this.driverClass = driverClass;
        this.hinted = hinted;
    }

    public String label() {
        return label;
    }

    String driverClass() {
        return driverClass;
    }

    /** Calls setReadOnly before each operation. */
    boolean hinted() {
        return hinted;
    }

    /**
     * The read port cannot take writes (its replicas are read-only), and the write port is the baseline only of
     * the workloads that write; sysbench runs only its point select.
     */
    boolean runs(Workload workload) {
        return switch (this) {
            case RAW_READ, RAW_READ_TUNED -> !workload.writes();
            case RAW_WRITE, RAW_WRITE_TUNED, RAW_WRITE_SEMI_SYNC -> workload.writes();
            case SYSBENCH -> workload == Workload.POINT_SELECT;
            default -> true;
        };
    }

    /** A separate process rather than a pool of this JVM. */
    boolean external() {
        return this == SYSBENCH;
    }

    String url(Endpoints e, String clusterName, String variant) {
        String db = "/" + e.database();
        String writer = ClusterNames.hostPort(e.host(), e.writePort());
        String reader = ClusterNames.hostPort(e.host(), e.readPort());
        String repmysql = ClusterNames.repmysqlUrl(e.host(), e.writePort(), e.database(), e.readPort()) + "&clusterName="
                + clusterName + "&" + CONNECTOR_J_PROPERTIES;
        return switch (this) {
            case RAW_READ -> "jdbc:mysql://" + reader + db + "?" + CONNECTOR_J_PROPERTIES;
            case RAW_WRITE, RAW_WRITE_SEMI_SYNC -> "jdbc:mysql://" + writer + db + "?" + CONNECTOR_J_PROPERTIES;
            case RAW_READ_TUNED -> "jdbc:mysql://" + reader + db + "?" + CONNECTOR_J_PROPERTIES + "&" + tuned();
            case RAW_WRITE_TUNED -> "jdbc:mysql://" + writer + db + "?" + CONNECTOR_J_PROPERTIES + "&" + tuned();
            case CONNECTOR_J_REPLICATION -> "jdbc:mysql:replication://" + writer + "," + reader + db + "?"
                    + CONNECTOR_J_PROPERTIES;
            case MARIADB_REPLICATION -> "jdbc:mariadb:replication://" + writer + "," + reader + db;
            case REPMYSQL -> repmysql;
            case REPMYSQL_VARIANT -> variant.isEmpty() ? repmysql : repmysql + "&" + variant;
            case REPMYSQL_CAUSAL -> repmysql.replace("&clusterName=" + clusterName + "&",
                    "&clusterName=" + causalClusterName(clusterName) + "&") + "&consistency=causal";
            case SYSBENCH -> throw new IllegalStateException("sysbench is not a JDBC contender");
        };
    }

    /** The cluster name REPMYSQL_CAUSAL's pool uses, under which its routing metrics are kept. */
    static String causalClusterName(String clusterName) {
        return clusterName + "-causal";
    }

    private static String tuned() {
        return ConnectorDefaults.values().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                .sorted().collect(Collectors.joining("&"));
    }
}
