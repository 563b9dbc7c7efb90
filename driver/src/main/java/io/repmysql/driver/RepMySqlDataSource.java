package io.repmysql.driver;

import io.repmysql.driver.internal.cluster.CausalState;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} for {@code jdbc:repmysql:}, configured by bean setters so HikariCP
 * ({@code dataSourceClassName=io.repmysql.driver.RepMySqlDataSource} plus {@code dataSourceProperties}) and Spring
 * can build it. Either {@link #setUrl} or {@link #setServerName} (with port and database) names the cluster; the
 * other setters add properties, and values in the URL win over them.
 */
public class RepMySqlDataSource implements DataSource {

    private final Map<String, String> properties = new TreeMap<>();
    private String url;
    private String serverName;
    private int port = 3306;
    private String databaseName = "";
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return connect(new Properties());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return connect(credentials);
    }

    private Connection connect(Properties overrides) throws SQLException {
        Properties info = new Properties();
        info.putAll(properties);
        info.putAll(overrides);
        if (loginTimeoutSeconds > 0 && !info.containsKey("connectTimeout")) {
            info.setProperty("connectTimeout", Integer.toString(loginTimeoutSeconds * 1000));
        }
        return DriverHolder.DRIVER.connect(effectiveUrl(), info);
    }

    /**
     * {@link RepMySqlConnection#causalToken()} without a Connection: the token of this DataSource's cluster,
     * shared with every other DataSource and pool of this JVM on the same cluster.
     */
    public String causalToken() throws SQLException {
        return causalState().token();
    }

    /** {@link RepMySqlConnection#observeCausalToken(String)} without a Connection. */
    public void observeCausalToken(String token) throws SQLException {
        causalState().observe(token);
    }

    /** What this JVM knows about this DataSource's cluster (reads on fallback, recent waits); asks no server. */
    public ClusterHealth health() throws SQLException {
        return DriverHolder.DRIVER.clusterHealth(parsedUrl());
    }

    private CausalState causalState() throws SQLException {
        return DriverHolder.DRIVER.causalState(parsedUrl());
    }

    private RepMySqlUrl parsedUrl() throws SQLException {
        Properties info = new Properties();
        info.putAll(properties);
        return RepMySqlUrl.parse(effectiveUrl(), info);
    }

    /** The URL connections are opened with: {@link #setUrl}'s, else one built from server name, port and database. */
    public String effectiveUrl() throws SQLException {
        if (url != null) {
            return url;
        }
        if (serverName == null || serverName.isBlank()) {
            throw new SQLException("RepMySqlDataSource needs url or serverName, e.g. url=" + UrlParser.FORMAT,
                    SqlStates.UNABLE_TO_CONNECT);
        }
        return RepMySqlUrl.PREFIX + "//" + RepMySqlUrl.hostPort(serverName, port) + "/" + databaseName;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    /** Alias of {@link #setUrl}, the name Spring's and HikariCP's jdbcUrl use. */
    public void setJdbcUrl(String url) {
        this.url = url;
    }

    public void setServerName(String serverName) {
        this.serverName = serverName;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName == null ? "" : databaseName;
    }

    public void setUser(String user) {
        properties.put("user", user);
    }

    public void setUsername(String user) {
        setUser(user);
    }

    public void setPassword(String password) {
        properties.put("password", password);
    }

    public void setReadHost(String readHost) {
        properties.put(DriverProperty.READ_HOST.key(), readHost);
    }

    public void setReadPort(int readPort) {
        properties.put(DriverProperty.READ_PORT.key(), Integer.toString(readPort));
    }

    public void setConsistency(String consistency) {
        properties.put(DriverProperty.CONSISTENCY.key(), consistency);
    }

    public void setConsistencyTimeoutMs(int millis) {
        properties.put(DriverProperty.CONSISTENCY_TIMEOUT_MS.key(), Integer.toString(millis));
    }

    public void setReaderRetryBackoffMs(int millis) {
        properties.put(DriverProperty.READER_RETRY_BACKOFF_MS.key(), Integer.toString(millis));
    }

    public void setReaderConnectTimeoutMs(int millis) {
        properties.put(DriverProperty.READER_CONNECT_TIMEOUT_MS.key(), Integer.toString(millis));
    }

    public void setClusterName(String clusterName) {
        properties.put(DriverProperty.CLUSTER_NAME.key(), clusterName);
    }

    /** Any property, ours or Connector/J's (for Spring's and HikariCP's property maps). */
    public void setProperty(String key, String value) {
        properties.put(key, value);
    }

    /** Adds every entry of {@code more}, ours or Connector/J's. */
    public void setProperties(Properties more) {
        more.stringPropertyNames().forEach(key -> properties.put(key, more.getProperty(key)));
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("repmysql logs through SLF4J, not java.util.logging",
                SqlStates.FEATURE_NOT_SUPPORTED);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("RepMySqlDataSource is not a wrapper for " + type.getName(),
                SqlStates.GENERAL_ERROR);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        properties.forEach((key, value) -> shown.put(key, Masking.value(key, value)));
        String target = url != null ? Masking.url(url) : serverName + ":" + port + "/" + databaseName;
        return "RepMySqlDataSource[" + target + " " + shown + "]";
    }

    /** The driver instance behind every data source; not taken from DriverManager, so no class loader surprises. */
    private static final class DriverHolder {
        static final RepMySqlDriver DRIVER = create();

        private static RepMySqlDriver create() {
            try {
                return new RepMySqlDriver();
            } catch (SQLException e) {
                throw new IllegalStateException("Connector/J could not be initialised", e);
            }
        }
    }
}
