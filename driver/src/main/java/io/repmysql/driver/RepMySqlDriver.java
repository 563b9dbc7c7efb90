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

import io.repmysql.driver.internal.CausalState;
import io.repmysql.driver.internal.Cluster;
import io.repmysql.driver.internal.LogicalConnection;

/**
 * {@code jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]}: one logical connection that sends each
 * statement to HAProxy's write port (the primary) or read port (the replicas) by itself. Registered with
 * DriverManager when loaded, and through {@code META-INF/services/java.sql.Driver}.
 */
public final class RepMySqlDriver implements Driver {

    static {
        try {
            DriverManager.registerDriver(new RepMySqlDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver physicalDriver;

    /** Routes over Connector/J. */
    public RepMySqlDriver() throws SQLException {
        this(new NonRegisteringDriver());
    }

    /** Routes over {@code physicalDriver}, which receives {@code jdbc:mysql://} URLs (tests pass a stub). */
    public RepMySqlDriver(Driver physicalDriver) {
        this.physicalDriver = physicalDriver;
    }

    /** The routing counters summed over every cluster this JVM talks to. */
    public static RoutingMetrics metrics() {
        return RoutingMetrics.global();
    }

    /**
     * {@link RepMySqlConnection#causalToken()} without a Connection, for the cluster of {@code url} (a
     * {@code jdbc:repmysql:} URL; its clusterName, else HOST:WRITE_PORT/DATABASE, names the cluster).
     */
    public static String causalToken(String url) throws SQLException {
        return CausalState.of(RepMySqlUrl.parse(url, new Properties())).token();
    }

    /** {@link RepMySqlConnection#observeCausalToken(String)} without a Connection, for the cluster of {@code url}. */
    public static void observeCausalToken(String url, String token) throws SQLException {
        CausalState.of(RepMySqlUrl.parse(url, new Properties())).observe(token);
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
        return ClusterHealth.of(url);
    }

    /** {@link #causalToken(String)} for a parsed URL. */
    public static String causalToken(RepMySqlUrl url) {
        return CausalState.of(url).token();
    }

    /** {@link #observeCausalToken(String, String)} for a parsed URL. */
    public static void observeCausalToken(RepMySqlUrl url, String token) throws SQLException {
        CausalState.of(url).observe(token);
    }

    /** Null for a URL of another driver, as JDBC asks; an SQLException (08001) for a bad jdbc:repmysql: URL. */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return LogicalConnection.open(Cluster.of(RepMySqlUrl.parse(url, info), physicalDriver));
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
            case CONSISTENCY -> parsed.consistency().urlValue();
            case CLUSTER_NAME -> parsed.name();
            default -> String.valueOf(parsed.settings().get(property));
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
        throw new SQLFeatureNotSupportedException("repmysql logs through SLF4J, not java.util.logging", "0A000");
    }

    @Override
    public String toString() {
        return "RepMySqlDriver[" + RepMySqlUrl.PREFIX + " over " + physicalDriver.getClass().getName() + "]";
    }
}
