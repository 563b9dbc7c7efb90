package io.repmysql.benchmarks.load;

import io.repmysql.provisioner.spec.ClusterNames;
/**
 * The configurations compared, each one HikariCP pool. The Connector/J ones share one set of URL properties so
 * that only the routing differs; the hinted ones call {@code setReadOnly(true)} before each read, and HikariCP
 * resets read-only when the connection goes back to the pool, as it does for any application.
 */
public enum Contender {
    RAW_READ("Connector/J, read port", "com.mysql.cj.jdbc.Driver", false, false),
    RAW_WRITE("Connector/J, write port (no split)", "com.mysql.cj.jdbc.Driver", false, true),
    CONNECTOR_J_REPLICATION("Connector/J replication URL + setReadOnly", "com.mysql.cj.jdbc.Driver", true, true),
    MARIADB_REPLICATION("MariaDB Connector/J replication URL + setReadOnly", "org.mariadb.jdbc.Driver", true, true),
    REPMYSQL("jdbc:repmysql, no hints", "io.repmysql.driver.RepMySqlDriver", false, true);

    /** What every Connector/J URL here carries: no TLS on loopback, and the key exchange MariaDB users need. */
    static final String CONNECTOR_J_PROPERTIES = "sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private final String label;
    private final String driverClass;
    private final boolean hinted;
    private final boolean writes;

    Contender(String label, String driverClass, boolean hinted, boolean writes) {
        this.label = label;
        this.driverClass = driverClass;
        this.hinted = hinted;
        this.writes = writes;
    }

    public String label() {
        return label;
    }

    String driverClass() {
        return driverClass;
    }

    /** Calls setReadOnly(true) before each read. */
    boolean hinted() {
        return hinted;
    }

    /** Can run writes: the read port alone cannot, its replicas are read-only. */
    boolean writes() {
        return writes;
    }

    String url(Endpoints e, String clusterName) {
        String db = "/" + e.database();
        String writer = ClusterNames.hostPort(e.host(), e.writePort());
        String reader = ClusterNames.hostPort(e.host(), e.readPort());
        return switch (this) {
            case RAW_READ -> "jdbc:mysql://" + reader + db + "?" + CONNECTOR_J_PROPERTIES;
            case RAW_WRITE -> "jdbc:mysql://" + writer + db + "?" + CONNECTOR_J_PROPERTIES;
            case CONNECTOR_J_REPLICATION -> "jdbc:mysql:replication://" + writer + "," + reader + db + "?"
                    + CONNECTOR_J_PROPERTIES;
            case MARIADB_REPLICATION -> "jdbc:mariadb:replication://" + writer + "," + reader + db;
            case REPMYSQL -> ClusterNames.repmysqlUrl(e.host(), e.writePort(), e.database(), e.readPort())
                    + "&clusterName="
                    + clusterName + "&" + CONNECTOR_J_PROPERTIES;
        };
    }
}
