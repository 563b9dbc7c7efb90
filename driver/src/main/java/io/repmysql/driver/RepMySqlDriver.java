package io.repmysql.driver;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import com.mysql.cj.jdbc.NonRegisteringDriver;

import io.repmysql.driver.internal.cluster.CausalState;
import io.repmysql.driver.internal.cluster.ClusterRegistry;
import io.repmysql.driver.internal.LogicalConnection;
import io.repmysql.driver.internal.cluster.Ticker;

/**
 * {@code jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]}: one logical connection that sends each
 * statement to HAProxy's write port (the primary) or read port (the replicas) by itself. Registered with
 * DriverManager when loaded, and through {@code META-INF/services/java.sql.Driver}.
 */
public final class RepMySqlDriver implements Driver {

    /**
     * The clusters of the driver DriverManager holds and of every RepMySqlDataSource: one per JVM, so all their
     * connections to a cluster share its back-off, counters and causal position. Declared before the registration
     * below, which needs it.
     */
    private static final ClusterRegistry JVM_CLUSTERS = ClusterRegistry.exported(Ticker.SYSTEM);

    static {
        try {
            DriverManager.registerDriver(new RepMySqlDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver physicalDriver;
    private final ClusterRegistry clusters;

    /** Routes over Connector/J, sharing the JVM's cluster state with DriverManager's driver and the DataSources. */
    public RepMySqlDriver() throws SQLException {
        this(new NonRegisteringDriver(), JVM_CLUSTERS);
    }

    /**
     * Routes over {@code physicalDriver}, which receives {@code jdbc:mysql://} URLs (tests and benchmarks pass a
     * stub). Its cluster state is its own: no other driver instance sees its back-off, counters or causal position,
     * and its counters are not published over JMX or Micrometer.
     */
    public RepMySqlDriver(Driver physicalDriver) {
        this(physicalDriver, ClusterRegistry.unexported(Ticker.SYSTEM));
    }

    /** Routes over {@code physicalDriver} with the cluster state of {@code clusters} (tests pass their clock). */
    RepMySqlDriver(Driver physicalDriver, ClusterRegistry clusters) {
        this.physicalDriver = physicalDriver;
        this.clusters = clusters;
    }

    /** The routing counters summed over every cluster this JVM talks to. */
    public static RoutingMetrics metrics() {
        return JVM_CLUSTERS.total();
    }

    /**
     * The routing counters of the cluster of {@code url} (a {@code jdbc:repmysql:} URL; its clusterName, else
     * HOST:WRITE_PORT/DATABASE, names the cluster), as DriverManager's connections and the DataSources count them.
     */
    public static RoutingMetrics metrics(String url) throws SQLException {
        return JVM_CLUSTERS.state(RepMySqlUrl.parse(url, new Properties())).metrics();
    }

    /**
     * {@link RepMySqlConnection#causalToken()} without a Connection, for the cluster of {@code url} (a
     * {@code jdbc:repmysql:} URL; its clusterName, else HOST:WRITE_PORT/DATABASE, names the cluster).
     */
    public static String causalToken(String url) throws SQLException {
        return JVM_CLUSTERS.state(RepMySqlUrl.parse(url, new Properties())).causal().token();
    }

    /** {@link RepMySqlConnection#observeCausalToken(String)} without a Connection, for the cluster of {@code url}. */
    public static void observeCausalToken(String url, String token) throws SQLException {
        JVM_CLUSTERS.state(RepMySqlUrl.parse(url, new Properties())).causal().observe(token);
    }

    /** The causal position this driver's connections to the cluster of {@code url} share. */
    CausalState causalState(RepMySqlUrl url) {
        return clusters.state(url).causal();
    }

    /** The registry DriverManager's driver and the DataSources share (tests build a stub driver on it). */
    static ClusterRegistry jvmClusters() {
        return JVM_CLUSTERS;
    }

    /** {@link ClusterHealth} of this driver's connections to the cluster of {@code url}. */
    ClusterHealth clusterHealth(RepMySqlUrl url) {
        return ClusterHealth.of(url, clusters.state(url));
    }

    /** {@link #metrics(String)} for a parsed URL, e.g. {@code connection.unwrap(RepMySqlConnection.class).url()}. */
    public static RoutingMetrics metrics(RepMySqlUrl url) {
        return JVM_CLUSTERS.state(url).metrics();
    }

    /** The routing counters of this driver's connections to the cluster of {@code url}. */
    RoutingMetrics clusterMetrics(RepMySqlUrl url) {
        return clusters.state(url).metrics();
    }

    /** {@link RepMySqlDataSource#health()} for the cluster of {@code url}; asks no server. */
    public static ClusterHealth health(String url) throws SQLException {
        return health(RepMySqlUrl.parse(url, new Properties()));
    }

    /**
     * The same three for a parsed URL, e.g. {@code connection.unwrap(RepMySqlConnection.class).url()}: what a
     * framework uses when it holds a pool, not a URL.
     */
    public static ClusterHealth health(RepMySqlUrl url) {
        return ClusterHealth.of(url, JVM_CLUSTERS.state(url));
    }

    /** {@link #causalToken(String)} for a parsed URL. */
    public static String causalToken(RepMySqlUrl url) {
        return JVM_CLUSTERS.state(url).causal().token();
    }

    /** {@link #observeCausalToken(String, String)} for a parsed URL. */
    public static void observeCausalToken(RepMySqlUrl url, String token) throws SQLException {
        JVM_CLUSTERS.state(url).causal().observe(token);
    }

    /** Null for a URL of another driver, as JDBC asks; an SQLException (08001) for a bad jdbc:repmysql: URL. */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return LogicalConnection.open(clusters.connect(RepMySqlUrl.parse(url, info), physicalDriver));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(RepMySqlUrl.PREFIX);
    }

    /** Our properties with their current values (defaults when not set), then Connector/J's user and password. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        RepMySqlUrl parsed = acceptsURL(url) ? RepMySqlUrl.parse(url, info) : null;
        List<DriverPropertyInfo> list = new ArrayList<>();
        for (DriverProperty property : DriverProperty.values()) {
            DriverPropertyInfo entry = new DriverPropertyInfo(property.key(), currentValue(parsed, property));
            entry.description = property.description();
            entry.choices = property.choices().isEmpty() ? null : property.choices().toArray(new String[0]);
            entry.required = false;
            list.add(entry);
        }
        DriverPropertyInfo user = new DriverPropertyInfo("user",
                parsed == null ? null : parsed.connectorProperties().get("user"));
        user.description = "Database user (passed to Connector/J)";
        list.add(user);
        DriverPropertyInfo password = new DriverPropertyInfo("password", null);
        password.description = "Database password (passed to Connector/J; never shown)";
        list.add(password);
        return list.toArray(new DriverPropertyInfo[0]);
    }

    private static String currentValue(RepMySqlUrl parsed, DriverProperty property) {
        if (parsed == null) {
            return property.defaultValue();
        }
        return switch (property) {
            case READ_HOST -> parsed.readHost();
            case CLUSTER_NAME -> parsed.name();
            default -> parsed.settings().urlValue(property);
        };
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    /** MySQL is not fully SQL-92 compliant, so neither is a driver for it. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("repmysql logs through SLF4J, not java.util.logging",
                SqlStates.FEATURE_NOT_SUPPORTED);
    }

    @Override
    public String toString() {
        return "RepMySqlDriver[" + RepMySqlUrl.PREFIX + " over " + physicalDriver.getClass().getName() + "]";
    }
}
